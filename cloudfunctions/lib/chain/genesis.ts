/** The previous hash of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

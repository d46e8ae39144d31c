/** The consent ledger's seal is the shared chain seal (chain/chain-seal.ts), under the ledger key. */
export { chainSeal as ledgerSeal, headSealInput, type ChainSeal as LedgerSeal } from '../chain/chain-seal';

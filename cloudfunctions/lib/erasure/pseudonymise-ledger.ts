import { COLLECTIONS } from '../infra/collections';
import type { ErasureDeps } from './erasure.deps';

/** One person's chain is short (a few entries a year); the SDK's cap for one read. */
const MAX_ENTRIES = 1000;

/**
 * Erases the IP and device from a person's consent ledger, keeping every entry: the hash covers a
 * salted digest of them (consent/pii-digest.ts), so with the salt gone the chain still verifies
 * and the digest identifies no one. Entries written before the digest existed are hashed over the
 * raw values and cannot lose them without breaking the chain: they are counted and left as they are.
 */
export async function pseudonymiseLedger(
  openid: string,
  at: number,
  deps: ErasureDeps,
): Promise<{ pseudonymised: number; legacy: number }> {
  const ledger = deps.collection(COLLECTIONS.consents);
  const entries = await ledger.find({ openid }, MAX_ENTRIES);
  let pseudonymised = 0;
  let legacy = 0;
  for (const entry of entries) {
    if (typeof entry.piiDigest !== 'string') {
      legacy += 1;
      continue;
    }
    if (entry.piiSalt === null && entry.clientIp === null && entry.device === null) continue;
    await ledger.update(entry._id, { clientIp: null, device: null, piiSalt: null, pseudonymisedAt: at });
    pseudonymised += 1;
  }
  return { pseudonymised, legacy };
}

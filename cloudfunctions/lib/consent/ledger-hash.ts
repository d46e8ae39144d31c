import { createHash } from 'node:crypto';
import { canonicalJson } from '../chain/canonical-json';
import type { EntryBody, LedgerEntry } from './ledger-entry';
import { piiDigest } from './pii-digest';

export { canonicalJson };

/** The fields an entry's hash covers: its body, its place in the chain and its predecessor. */
export function hashedFields(entry: EntryBody & { seq: number; prevHash: string }): Record<string, unknown> {
  const { openid, action, subject, purposes, channel, guardian, at, clientIp, source, device, requestId } = entry;
  // An entry with a digest is hashed over the digest, not the values it stands for (erasable).
  const where = entry.piiDigest === undefined ? { clientIp, device } : { piiDigest: entry.piiDigest };
  return {
    openid,
    action,
    subject,
    purposes,
    channel,
    guardian,
    at,
    ...where,
    source,
    requestId,
    seq: entry.seq,
    prevHash: entry.prevHash,
  };
}

export function hashEntry(entry: EntryBody & { seq: number; prevHash: string }): string {
  return createHash('sha256')
    .update(canonicalJson(hashedFields(entry)), 'utf8')
    .digest('hex');
}

/**
 * The entry is what its hash says. With a digest, the IP and device must match it while the salt
 * is kept, and be gone once the salt is (erased at account closure): nothing else passes.
 */
export function isHashOf(entry: LedgerEntry): boolean {
  if (hashEntry(entry) !== entry.hash) return false;
  if (entry.piiDigest === undefined) return true;
  if (entry.piiSalt === null || entry.piiSalt === undefined) return entry.clientIp === null && entry.device === null;
  return piiDigest(entry.piiSalt, entry.clientIp, entry.device) === entry.piiDigest;
}

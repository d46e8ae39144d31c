import { createHash } from 'node:crypto';
import { canonicalJson } from '../chain/canonical-json';
import type { EntryBody, LedgerEntry } from './ledger-entry';

export { canonicalJson };

/** The fields an entry's hash covers: its body, its place in the chain and its predecessor. */
export function hashedFields(entry: EntryBody & { seq: number; prevHash: string }): Record<string, unknown> {
  const { openid, action, subject, purposes, channel, guardian, at, clientIp, source, device, requestId } = entry;
  return {
    openid,
    action,
    subject,
    purposes,
    channel,
    guardian,
    at,
    clientIp,
    source,
    device,
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

export function isHashOf(entry: LedgerEntry): boolean {
  return hashEntry(entry) === entry.hash;
}

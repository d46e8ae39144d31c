import { createHash } from 'node:crypto';
import type { EntryBody, LedgerEntry } from './ledger-entry';

/** JSON with object keys sorted at every level and undefined dropped: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${fields.join(',')}}`;
}

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

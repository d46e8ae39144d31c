import { createHash } from 'node:crypto';
import { canonicalJson } from '../chain/canonical-json';
import type { AuditEntry, AuditEvent } from './audit-entry';

type Linked = AuditEvent & { seq: number; prevHash: string };

/** The fields an entry's hash covers: the event, its place in the chain and its predecessor. */
function hashedFields({ at, actor, action, target, subject, details, seq, prevHash }: Linked): Record<string, unknown> {
  return { at, actor, action, target, subject, details, seq, prevHash };
}

export function hashAuditEntry(entry: Linked): string {
  return createHash('sha256')
    .update(canonicalJson(hashedFields(entry)), 'utf8')
    .digest('hex');
}

export function isAuditHashOf(entry: AuditEntry): boolean {
  return hashAuditEntry(entry) === entry.hash;
}

import { GENESIS_HASH } from '../chain/genesis';
import { headSealInput, type ChainSeal } from '../chain/chain-seal';
import { auditEntryId, type AuditEntry, type AuditEvent, type AuditHead } from './audit-entry';
import { hashAuditEntry } from './audit-hash';

/** Links one event after the current head and seals both; returns the entry and the head that follows. */
export function linkAuditEntry(
  head: AuditHead | null,
  event: AuditEvent,
  seal: ChainSeal,
): { entry: AuditEntry; head: AuditHead } {
  const seq = (head?.seq ?? 0) + 1;
  const linked = {
    at: event.at,
    actor: event.actor,
    action: event.action,
    target: event.target,
    ...(event.subject === undefined ? {} : { subject: event.subject }),
    details: event.details,
    seq,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const hash = hashAuditEntry(linked);
  const entry: AuditEntry = { _id: auditEntryId(seq), ...linked, hash, seal: seal.seal(hash) };
  const next = { seq, hash, updatedAt: event.at };
  return { entry, head: { ...next, seal: seal.seal(headSealInput(next)) } };
}

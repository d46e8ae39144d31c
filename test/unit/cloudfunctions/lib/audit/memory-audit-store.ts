import { AuditHeadMoved, type AuditStore } from '../../../../../cloudfunctions/lib/audit/audit-store';
import type { AuditEntry, AuditHead } from '../../../../../cloudfunctions/lib/audit/audit-entry';

/**
 * The audit store in memory, optimistic like the cloud one: the head read before an await is
 * checked again at "commit", and an entry id already taken is refused.
 */
export function memoryAuditStore() {
  const entries = new Map<string, AuditEntry>();
  let head: AuditHead | null = null;
  const store: AuditStore = {
    async append(link) {
      const seen = head;
      await Promise.resolve();
      const next = link(seen);
      await Promise.resolve();
      if (head !== seen || entries.has(next.entry._id)) throw new AuditHeadMoved();
      entries.set(next.entry._id, next.entry);
      head = next.head;
      return next.entry;
    },
    readHead: async () => head,
    readChain: async () => [...entries.values()].sort((a, b) => a.seq - b.seq),
    readAboutSubject: async (subject, limit) =>
      [...entries.values()]
        .filter((entry) => entry.subject === subject)
        .sort((a, b) => b.seq - a.seq)
        .slice(0, limit),
  };
  return { store, entries, head: () => head };
}

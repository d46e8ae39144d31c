import type { DocumentStore } from '../infra/document-store';
import type { AuditRecord, InboxMessageRecord } from './account.record';
import { newId } from './ids';

/** The account owner's inbox (`messages`): where security alerts and staff decisions reach them. */
export function inboxRepository(store: DocumentStore<InboxMessageRecord>) {
  return {
    async notify(accountId: string, kind: string, title: string, body: string, now: number): Promise<void> {
      await store.insert({ _id: newId(), accountId, kind, title, body, createdAt: now, readAt: null });
    },
    list: (accountId: string) => store.find({ accountId }, 100),
  };
}

export type InboxRepository = ReturnType<typeof inboxRepository>;

/** Who did what to which account, kept after an account closes (Cybersecurity Law art. 21). */
export function auditRepository(store: DocumentStore<AuditRecord>) {
  return {
    async record(entry: Omit<AuditRecord, '_id'>): Promise<void> {
      await store.insert({ _id: newId(), ...entry });
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;

import { newId } from '../account/ids';
import { COLLECTIONS } from '../infra/collections';
import { documentStore, type DocumentStore } from '../infra/document-store';
import type { Notice, NoticeKind, Notifier } from './notifier';

/** One inbox message (`messages`). `page` and `fields` travel with it for the push channels. */
export interface MessageRecord {
  _id: string;
  accountId: string;
  kind: NoticeKind | string;
  title: string;
  body: string;
  page: string | null;
  fields: Record<string, string> | null;
  createdAt: number;
  readAt: number | null;
}

/** The inbox channel alone: what every notice gets. The push work wraps it with the other channels. */
export function inboxNotifier(store: DocumentStore<MessageRecord> = documentStore(COLLECTIONS.messages)): Notifier {
  return {
    async notify(notice: Notice, now: number): Promise<void> {
      await store.insert({
        _id: newId(),
        accountId: notice.accountId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body,
        page: notice.page ?? null,
        fields: notice.fields ?? null,
        createdAt: now,
        readAt: null,
      });
    },
  };
}

/** The notifier functions use. */
export function createNotifier(): Notifier {
  return inboxNotifier();
}

import type { DocumentStore } from '../infra/document-store';
import type { Notifier } from '../notify/notifier';
import { noticeKindOf } from '../notify/notice-kind';
import type { InboxMessageRecord } from './account.record';
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

export type InboxRepository = Pick<ReturnType<typeof inboxRepository>, 'notify'>;

/**
 * The same calls through the Notifier (what the account function uses): the inbox as before, and
 * WeChat / SMS / email by the person's grants and preferences. The detailed kind stays on the message.
 */
export function notifierInbox(notifier: Notifier): InboxRepository {
  return {
    notify: (accountId, kind, title, body, now) =>
      notifier.notify({ accountId, kind: noticeKindOf(kind), tag: kind, title, body }, now),
  };
}

import type { NoticeContent } from '../contract/notices/notice-text';
import type { Notifier } from '../notify/notifier';
import { noticeKindOf } from '../notify/notice-kind';

/** How the account use cases tell the owner something (security alerts, staff decisions). */
export interface InboxRepository {
  notify(accountId: string, kind: string, content: NoticeContent, now: number): Promise<void>;
}

/**
 * The same calls through the Notifier (what the account function uses): the inbox as before, and
 * WeChat / SMS / email by the person's grants and preferences. The detailed kind stays on the message.
 */
export function notifierInbox(notifier: Notifier): InboxRepository {
  return {
    notify: (accountId, kind, content, now) =>
      notifier.notify({ accountId, kind: noticeKindOf(kind), tag: kind, ...content }, now),
  };
}

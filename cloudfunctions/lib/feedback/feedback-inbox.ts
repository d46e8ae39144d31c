import { newId } from '../account/ids';
import type { NoticeContent } from '../contract/notices/notice-text';
import type { MessageRepository } from '../notify/message.repository';

/** The feedback context's own door to the inbox: staff answers and withdrawn images reach the person. */
export function feedbackInbox(messages: Pick<MessageRepository, 'insert'>) {
  return {
    async tell(accountId: string, kind: string, { title, body, text }: NoticeContent, now: number): Promise<void> {
      await messages.insert({
        _id: newId(),
        accountId,
        kind,
        title,
        body,
        text,
        page: null,
        fields: null,
        createdAt: now,
        readAt: null,
      });
    },
  };
}

export type FeedbackInbox = ReturnType<typeof feedbackInbox>;

import { newId } from '../account/ids';
import type { DocumentStore } from '../infra/query-store';

/** A message in a person's inbox (`messages`), in the shape the notify function lists and marks read. */
export interface FeedbackInboxMessage {
  _id: string;
  accountId: string;
  kind: string;
  title: string;
  body: string;
  createdAt: number;
  readAt: number | null;
}

/** The feedback context's own door to the inbox: staff answers and withdrawn images reach the person. */
export function feedbackInbox(store: DocumentStore<FeedbackInboxMessage>) {
  return {
    async tell(accountId: string, kind: string, title: string, body: string, now: number): Promise<void> {
      await store.insert({ _id: newId(), accountId, kind, title, body, createdAt: now, readAt: null });
    },
  };
}

export type FeedbackInbox = ReturnType<typeof feedbackInbox>;

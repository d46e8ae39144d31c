import type { DocumentStore } from '../infra/query-store';
import type { FeedbackRecord } from './feedback.record';

/** A person's list is short (newest first); older items beyond it stay stored. */
export const MY_FEEDBACK_LIMIT = 50;

export function feedbackRepository(store: DocumentStore<FeedbackRecord>) {
  return {
    insert: (record: FeedbackRecord) => store.insert(record),
    get: (id: string) => store.get(id),
    update: (id: string, patch: Partial<Omit<FeedbackRecord, '_id'>>) => store.update(id, patch),
    async ofAccount(accountId: string): Promise<FeedbackRecord[]> {
      const all = await store.find({ accountId }, 1000);
      return all.sort((a, b) => b.createdAt - a.createdAt).slice(0, MY_FEEDBACK_LIMIT);
    },
  };
}

export type FeedbackRepository = ReturnType<typeof feedbackRepository>;

import { oneOf, type QueryStore } from '../infra/query-store';
import type { FeedbackHandling, FeedbackRecord } from './feedback.record';

/** The items staff work through (open, or answered and not yet closed): at most this many, soonest due first. */
export const QUEUE_LIMIT = 100;

export function feedbackQueueRepository(store: QueryStore<FeedbackRecord>) {
  return {
    get: (id: string) => store.get(id),
    open: () =>
      store.page({
        // Answered items stay listed until closed, so staff can close them from the queue.
        where: { status: oneOf(['received', 'in-progress', 'answered']) },
        orderBy: 'dueAt',
        direction: 'asc',
        limit: QUEUE_LIMIT,
      }),
    /** Changes a record only if it is still in the status read (two staff at once: one wins). */
    async move(
      record: FeedbackRecord,
      patch: Partial<FeedbackHandling> & Pick<FeedbackRecord, 'status'>,
    ): Promise<boolean> {
      return (await store.updateWhere({ _id: record._id, status: record.status }, patch)) === 1;
    },
    markEscalated: (id: string, at: number) => store.updateWhere({ _id: id, escalatedAt: null }, { escalatedAt: at }),
  };
}

export type FeedbackQueueRepository = ReturnType<typeof feedbackQueueRepository>;

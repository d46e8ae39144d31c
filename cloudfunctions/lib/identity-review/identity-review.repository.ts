import { gt, type QueryStore, type Where } from '../infra/query-store';
import type { IdentityReviewRecord } from './identity-review.record';

export function identityReviewRepository(store: QueryStore<IdentityReviewRecord>) {
  return {
    get: (accountId: string) => store.get(accountId),
    /** False when the account already has a review document (unique _id). */
    insert: (record: IdentityReviewRecord) => store.insertUnique(record),
    /** Replaces a refused review with a new submission; false when it is not refused (any more). */
    async resubmit(record: IdentityReviewRecord): Promise<boolean> {
      const { _id, ...fields } = record;
      return (await store.updateWhere({ _id, status: 'refused' }, fields)) === 1;
    },
    /** Takes a pending, unopened review for one reviewer; false when someone else took it first. */
    async assign(accountId: string, reviewerId: string): Promise<boolean> {
      return (await store.updateWhere({ _id: accountId, status: 'pending', reviewerId: null }, { reviewerId })) === 1;
    },
    async decide(accountId: string, reviewerId: string, patch: Partial<IdentityReviewRecord>): Promise<boolean> {
      return (await store.updateWhere({ _id: accountId, status: 'pending', reviewerId }, patch)) === 1;
    },
    /** Pending reviews, oldest first (index status + sortKey). */
    queue(cursor: string | null, size: number) {
      const where: Where<IdentityReviewRecord> = { status: 'pending' };
      if (cursor) where.sortKey = gt(cursor);
      return store.page({ where, orderBy: 'sortKey', direction: 'asc', limit: size });
    },
  };
}

export type IdentityReviewRepository = ReturnType<typeof identityReviewRepository>;

import type { ErasureOutcome, PrivacyRequestStatus } from '../contract/privacy';
import type { QueryStore } from '../infra/query-store';
import type { PrivacyRequestRecord } from './privacy-request.record';

/** The SDK caps a read at 1000 documents; a queue page is much shorter. */
const QUEUE_LIMIT = 200;

export function privacyRequestRepository(store: QueryStore<PrivacyRequestRecord>) {
  return {
    get: (id: string) => store.get(id),
    insert: (record: PrivacyRequestRecord) => store.insert(record),
    async ofAccount(accountId: string): Promise<PrivacyRequestRecord[]> {
      const all = await store.find({ accountId }, 1000);
      return all.sort((a, b) => b.createdAt - a.createdAt);
    },
    withStatus: (status: PrivacyRequestStatus): Promise<PrivacyRequestRecord[]> =>
      store.page({ where: { status }, orderBy: 'dueDate', direction: 'asc', limit: QUEUE_LIMIT }),
    /**
     * Moves a request out of `open` only if it is still open (and, when given, still the owner's):
     * two staff members deciding at once, or a decision racing a withdrawal, change it once.
     */
    async closeIfOpen(id: string, patch: Partial<Omit<PrivacyRequestRecord, '_id'>>, owner?: string): Promise<boolean> {
      const where = owner ? { _id: id, accountId: owner, status: 'open' } : { _id: id, status: 'open' };
      return (await store.updateWhere(where, patch)) === 1;
    },
    recordErasure: (id: string, erasure: ErasureOutcome, updatedAt: number) => store.update(id, { erasure, updatedAt }),
    reopen: (id: string, updatedAt: number) =>
      store.update(id, { status: 'open', decidedAt: null, decidedBy: null, reply: null, updatedAt }),
  };
}

export type PrivacyRequestRepository = ReturnType<typeof privacyRequestRepository>;

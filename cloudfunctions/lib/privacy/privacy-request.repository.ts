import type { ErasureOutcome, PrivacyRequestStatus } from '../contract/privacy';
import { database } from '../infra/cloud';
import { COLLECTIONS } from '../infra/collections';
import type { DocumentStore } from '../infra/document-store';
import type { PrivacyRequestRecord } from './privacy-request.record';

/** The SDK caps a read at 1000 documents; a queue page is much shorter. */
const QUEUE_LIMIT = 200;

export function privacyRequestRepository(store: DocumentStore<PrivacyRequestRecord>) {
  const collection = () => database().collection(COLLECTIONS.privacyRequests);
  return {
    get: (id: string) => store.get(id),
    insert: (record: PrivacyRequestRecord) => store.insert(record),
    async ofAccount(accountId: string): Promise<PrivacyRequestRecord[]> {
      const all = await store.find({ accountId }, 1000);
      return all.sort((a, b) => b.createdAt - a.createdAt);
    },
    async withStatus(status: PrivacyRequestStatus): Promise<PrivacyRequestRecord[]> {
      const found = (await collection().where({ status }).orderBy('dueDate', 'asc').limit(QUEUE_LIMIT).get()) as {
        data?: PrivacyRequestRecord[];
      };
      return found.data ?? [];
    },
    /**
     * Moves a request out of `open` only if it is still open (and, when given, still the owner's):
     * two staff members deciding at once, or a decision racing a withdrawal, change it once.
     */
    async closeIfOpen(id: string, patch: Partial<Omit<PrivacyRequestRecord, '_id'>>, owner?: string): Promise<boolean> {
      const where = owner ? { _id: id, accountId: owner, status: 'open' } : { _id: id, status: 'open' };
      const result = (await collection().where(where).update({ data: patch })) as { stats?: { updated?: number } };
      return (result.stats?.updated ?? 0) === 1;
    },
    recordErasure: (id: string, erasure: ErasureOutcome, updatedAt: number) => store.update(id, { erasure, updatedAt }),
    reopen: (id: string, updatedAt: number) =>
      store.update(id, { status: 'open', decidedAt: null, decidedBy: null, reply: null, updatedAt }),
  };
}

export type PrivacyRequestRepository = ReturnType<typeof privacyRequestRepository>;

import type { QueryStore } from '../infra/query-store';
import type { ProposalRecord } from './proposal.record';

export function proposalRepository(store: QueryStore<ProposalRecord>) {
  return {
    get: (id: string) => store.get(id),
    insert: (record: ProposalRecord) => store.insert(record),
    /** Pending proposals, oldest first (index status + proposedAt). */
    pending: () => store.page({ where: { status: 'pending' }, orderBy: 'proposedAt', direction: 'asc', limit: 100 }),
    /** Closes a pending proposal; false when someone else closed it first. */
    async close(id: string, patch: Pick<ProposalRecord, 'status' | 'decidedBy' | 'decidedAt' | 'reason'>) {
      return (await store.updateWhere({ _id: id, status: 'pending' }, patch)) === 1;
    },
  };
}

export type ProposalRepository = ReturnType<typeof proposalRepository>;

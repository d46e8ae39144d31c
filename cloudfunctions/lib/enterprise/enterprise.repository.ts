import type { GrantStatus } from '../contract/enterprise';
import { gt, type QueryStore, type Where } from '../infra/query-store';
import type { EnterpriseRecord, GrantRecord } from './enterprise.record';

export function enterpriseRepository(store: QueryStore<EnterpriseRecord>) {
  return {
    get: (id: string) => store.get(id),
    /** False when the code is already registered (unique index on uscc). */
    insert: (record: EnterpriseRecord) => store.insertUnique(record),
    async findByUscc(uscc: string): Promise<EnterpriseRecord | null> {
      return (await store.find({ uscc }, 1))[0] ?? null;
    },
    /** Replaces the legal representative unless another change came first (false then). */
    async replaceRepresentative(
      id: string,
      previousIndex: string,
      patch: Partial<Omit<EnterpriseRecord, '_id'>>,
    ): Promise<boolean> {
      return (await store.updateWhere({ _id: id, legalRepDocumentIndex: previousIndex }, patch)) === 1;
    },
    /** Enterprises whose legal representative holds this document (index legalRepDocumentIndex). */
    byLegalRepresentative: (documentIndex: string) => store.find({ legalRepDocumentIndex: documentIndex }, 50),
  };
}

export type EnterpriseRepository = ReturnType<typeof enterpriseRepository>;

export function grantRepository(store: QueryStore<GrantRecord>) {
  return {
    get: (id: string) => store.get(id),
    insert: (record: GrantRecord) => store.insertUnique(record),
    async updateAt(id: string, expectedVersion: number, patch: Partial<Omit<GrantRecord, '_id'>>): Promise<boolean> {
      return (await store.updateWhere({ _id: id, version: expectedVersion }, patch)) === 1;
    },
    /** A person's grants (index agentId). */
    ofAgent: (agentId: string) => store.find({ agentId }, 200),
    /** An agent's grants for one enterprise (index agentId + enterpriseId). */
    ofAgentFor: (agentId: string, enterpriseId: string) => store.find({ agentId, enterpriseId }, 100),
    /** An enterprise's grants (index enterpriseId). */
    ofEnterprise: (enterpriseId: string) => store.find({ enterpriseId }, 200),
    /** The reviewers' queue, oldest first (index status + sortKey). */
    queue(status: GrantStatus, cursor: string | null, size: number) {
      const where: Where<GrantRecord> = { status };
      if (cursor) where.sortKey = gt(cursor);
      return store.page({ where, orderBy: 'sortKey', direction: 'asc', limit: size });
    },
  };
}

export type GrantRepository = ReturnType<typeof grantRepository>;

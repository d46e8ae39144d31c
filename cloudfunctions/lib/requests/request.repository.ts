import type { StoredRequestStatus } from '../contract/requests';
import { gt, lt, oneOf, type QueryStore, type Where } from '../infra/query-store';
import type { RequestEventRecord, RequestRecord } from './request.record';

export interface PageRequest {
  cursor: string | null;
  size: number;
}

export interface QueueFilter {
  matterCode?: string;
  statuses: readonly StoredRequestStatus[];
  assigneeId?: string;
}

/** Every query here is backed by an index in config/cloud/indexes.ts (service_requests). */
export function requestRepository(store: QueryStore<RequestRecord>) {
  return {
    get: (id: string) => store.get(id),
    /** False when the applicant already has a request with this clientRequestId (unique index). */
    insert: (record: RequestRecord) => store.insertUnique(record),
    async findByClientId(applicantId: string, clientRequestId: string): Promise<RequestRecord | null> {
      return (await store.find({ applicantId, clientRequestId }, 1))[0] ?? null;
    },
    /** Applies `patch` only if the request is still at `expectedVersion`; false if someone was first. */
    async updateAt(id: string, expectedVersion: number, patch: Partial<Omit<RequestRecord, '_id'>>): Promise<boolean> {
      return (await store.updateWhere({ _id: id, version: expectedVersion }, patch)) === 1;
    },
    /** The applicant's requests, newest first, of any or some statuses (index applicantId [+ status] + sortKey). */
    mine(applicantId: string, statuses: readonly StoredRequestStatus[] | undefined, page: PageRequest) {
      const where: Where<RequestRecord> = { applicantId };
      if (statuses) where.status = statuses.length === 1 ? statuses[0] : oneOf([...statuses]);
      if (page.cursor) where.sortKey = lt(page.cursor);
      return store.page({ where, orderBy: 'sortKey', direction: 'desc', limit: page.size });
    },
    /** The staff queue, oldest first (index [matterCode +] status + sortKey, or assigneeId + status + sortKey). */
    queue(filter: QueueFilter, page: PageRequest) {
      const where: Where<RequestRecord> = {};
      if (filter.assigneeId) where.assigneeId = filter.assigneeId;
      if (filter.matterCode) where.matterCode = filter.matterCode;
      where.status = filter.statuses.length === 1 ? filter.statuses[0] : oneOf([...filter.statuses]);
      if (page.cursor) where.sortKey = gt(page.cursor);
      return store.page({ where, orderBy: 'sortKey', direction: 'asc', limit: page.size });
    },
  };
}

export type RequestRepository = ReturnType<typeof requestRepository>;

export function eventRepository(store: QueryStore<RequestEventRecord>) {
  return {
    /** Idempotent: the id is the request id and the version the event produced. */
    record: (event: RequestEventRecord) => store.insertUnique(event),
    forRequest: (requestId: string) =>
      store.page({ where: { requestId }, orderBy: 'version', direction: 'asc', limit: 200 }),
  };
}

export type EventRepository = ReturnType<typeof eventRepository>;

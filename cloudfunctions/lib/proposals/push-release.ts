import { COLLECTIONS } from '../infra/collections';
import { queryStore, type QueryStore } from '../infra/query-store';
import type { PushProposalRecord } from './proposal.record';

interface JobState {
  _id: string;
  status: string;
  updatedAt: number;
}
interface AnnouncementState {
  _id: string;
  awaitingApproval: boolean;
}

/** What a decided push proposal does to its job (and announcement); only a waiting job moves. */
export interface PushRelease {
  /** Approved: the job becomes sendable, the announcement shows on home. */
  release(p: PushProposalRecord, now: number): Promise<void>;
  /** Rejected or lapsed: the job can never be sent. */
  withdraw(p: PushProposalRecord, now: number): Promise<void>;
}

export function pushRelease(
  jobs: QueryStore<JobState> = queryStore(COLLECTIONS.pushJobs),
  announcements: QueryStore<AnnouncementState> = queryStore(COLLECTIONS.announcements),
): PushRelease {
  return {
    async release(p, now) {
      await jobs.updateWhere({ _id: p.jobId, status: 'awaiting' }, { status: 'created', updatedAt: now });
      if (p.announcementId) await announcements.update(p.announcementId, { awaitingApproval: false });
    },
    async withdraw(p, now) {
      await jobs.updateWhere({ _id: p.jobId, status: 'awaiting' }, { status: 'withdrawn', updatedAt: now });
    },
  };
}

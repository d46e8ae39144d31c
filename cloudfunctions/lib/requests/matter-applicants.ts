import type { database } from '../infra/cloud';
import { COLLECTIONS } from '../infra/collections';

/** The applicants of a matter's requests, for notices to them: the requests context owns `service_requests`. */
export type MatterApplicants = (matterCode: string, after: string | null, limit: number) => Promise<string[]>;

/** Applicant account ids in id order after `after` (one per request: repeats when a person applied twice). */
export function matterApplicants(db: ReturnType<typeof database>): MatterApplicants {
  const _ = db.command;
  return async (matterCode, after, limit) => {
    const r = (await db
      .collection(COLLECTIONS.serviceRequests)
      .where({ matterCode, ...(after ? { applicantId: _.gt(after) } : {}) })
      .orderBy('applicantId', 'asc')
      .field({ applicantId: true })
      .limit(limit)
      .get()) as { data?: { applicantId: string }[] };
    return (r.data ?? []).map((x) => x.applicantId);
  };
}

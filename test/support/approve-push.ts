import { COLLECTIONS } from '../../config/cloud/collections';
import type { Database } from './local-cloud';

/**
 * Records a second admin's approval of a push to everyone, as the desk's decideProposal does, for
 * tests about sending rather than about the two-person rule (that is
 * test/integration/notify/push-to-everyone-approval.test.ts): the proposal approved, the job
 * sendable, its announcement (if any) shown.
 */
export async function approvePush(db: Database, jobId: string): Promise<void> {
  await db
    .collection(COLLECTIONS.staffProposals)
    .where({ jobId, status: 'pending' })
    .update({ data: { status: 'approved', decidedBy: 'second-admin', decidedAt: Date.now() } });
  await db
    .collection(COLLECTIONS.pushJobs)
    .where({ _id: jobId, status: 'awaiting' })
    .update({ data: { status: 'created' } });
  await db
    .collection(COLLECTIONS.announcements)
    .where({ jobId })
    .update({ data: { awaitingApproval: false } });
}

import type { AccountRecord } from '../account/account.record';
import type { AuditRecorder } from '../audit/audit-recorder';
import { pendingProposal } from './pending-proposal';
import type { PushProposalRecord } from './proposal.record';
import type { ProposalRepository } from './proposal.repository';

export interface PushToApprove {
  jobId: string;
  title: string;
  body: string;
  audienceSize: number;
  announcementId: string | null;
}

/**
 * A push to everyone is stored as a proposal for 24 hours: its job stays unsendable until a second,
 * different admin approves it on the staff desk (two-person rule, issue 15). Audited.
 */
export async function proposePush(
  staff: AccountRecord,
  push: PushToApprove,
  deps: { proposals: ProposalRepository; audit: AuditRecorder },
  now: number,
): Promise<string> {
  const record: PushProposalRecord = {
    ...pendingProposal(staff, now),
    kind: 'push',
    ...push,
  };
  await deps.proposals.insert(record);
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: 'proposal.push-proposed',
    target: record._id,
    details: { jobId: push.jobId, audienceSize: push.audienceSize, title: push.title },
  });
  return record._id;
}

import type { AccountRecord } from '../account/account.record';
import { newId } from '../account/ids';
import { PROPOSAL_TTL_MS } from '../contract/proposals';
import type { ProposalBase } from './proposal.record';

/** What every proposal starts as, whatever it proposes: its proposer, 24 hours to decide, undecided. */
export function pendingProposal(proposer: AccountRecord, now: number): ProposalBase {
  return {
    _id: newId(),
    proposedBy: proposer._id,
    proposedByName: proposer.accountName,
    proposedAt: now,
    expiresAt: now + PROPOSAL_TTL_MS,
    status: 'pending',
    decidedBy: null,
    decidedAt: null,
    reason: null,
  };
}

import type { Role } from '../contract/account';
import type { ProposalStatus } from '../contract/proposals';

/** What every proposal has: who proposed it, until when, and the decision. */
export interface ProposalBase {
  _id: string;
  proposedBy: string;
  proposedByName: string;
  proposedAt: number;
  expiresAt: number;
  status: ProposalStatus;
  decidedBy: string | null;
  decidedAt: number | null;
  reason: string | null;
}

/** A role grant: the account whose roles change, and the roles it would then hold. */
export interface RoleProposalRecord extends ProposalBase {
  kind: 'roles';
  targetId: string;
  targetName: string;
  roles: Role[];
}

/** A push to everyone (or an announcement's push): the job waits, unsendable, until approved. */
export interface PushProposalRecord extends ProposalBase {
  kind: 'push';
  jobId: string;
  title: string;
  body: string;
  audienceSize: number;
  announcementId: string | null;
}

/** One two-person-rule proposal as stored in `staff_proposals`. */
export type ProposalRecord = RoleProposalRecord | PushProposalRecord;

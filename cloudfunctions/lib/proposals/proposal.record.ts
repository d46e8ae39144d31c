import type { Role } from '../contract/account';
import type { ProposalStatus } from '../contract/proposals';

/** One two-person-rule proposal as stored in `staff_proposals`. */
export interface ProposalRecord {
  _id: string;
  kind: 'roles';
  /** The account whose roles change, and the roles it would then hold. */
  targetId: string;
  targetName: string;
  roles: Role[];
  proposedBy: string;
  proposedByName: string;
  proposedAt: number;
  expiresAt: number;
  status: ProposalStatus;
  decidedBy: string | null;
  decidedAt: number | null;
  reason: string | null;
}

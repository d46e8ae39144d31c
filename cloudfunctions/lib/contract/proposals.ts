import * as v from 'valibot';
import type { Role } from './account';

/**
 * Two-person rule (issue 15, separation of duties): granting a role beyond `user` takes a second
 * admin. The first admin's change becomes a proposal; a different admin approves or rejects it
 * within 24 hours, else it lapses. Strict objects, as everywhere.
 */
export const PROPOSAL_TTL_MS = 24 * 60 * 60 * 1000;

export const DecideProposalInputSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  decision: v.picklist(['approve', 'reject'] as const),
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
});

export type ProposalStatus = 'pending' | 'approved' | 'rejected' | 'expired';

/** One waiting proposal as the staff desk lists it; `mine` ones wait for another admin. */
export interface ProposalView {
  id: string;
  kind: 'roles';
  accountName: string;
  roles: Role[];
  proposedByName: string;
  proposedAt: string;
  expiresAt: string;
  mine: boolean;
}

/** What `setRoles` answers: applied at once (no role added) or waiting for a second admin. */
export interface SetRolesOutput {
  accountName: string;
  roles: Role[];
  proposalId: string | null;
}

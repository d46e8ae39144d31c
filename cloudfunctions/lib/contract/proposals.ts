import * as v from 'valibot';
import type { Role } from './account';

/**
 * Two-person rule (issue 15, separation of duties): granting a role beyond `user`, and a push to
 * everyone (announcements too), take a second admin. The first admin's change becomes a proposal; a different admin approves or rejects it
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
  kind: 'roles' | 'push';
  /** For a role grant: whose roles, and the roles they would hold (else empty). */
  accountName: string;
  roles: Role[];
  /** For a push to everyone: what everyone would read, and how many (else null). */
  push: { title: string; body: string; audienceSize: number; announcement: boolean } | null;
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

/** What `decideProposal` answers; an approved push's job is the approver's to run now. */
export interface DecideProposalOutput {
  id: string;
  status: ProposalStatus;
  jobId: string | null;
}

import { noticeContent } from '../contract/notices/notice-text';
import { requireRole } from '../account/account-guard';
import type { AccountRecord } from '../account/account.record';
import type { Role } from '../contract/account';
import { DecideProposalInputSchema, type DecideProposalOutput, type ProposalView } from '../contract/proposals';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { pendingProposal } from './pending-proposal';
import type { ProposalDeps } from './proposal.deps';
import type { ProposalRecord, RoleProposalRecord } from './proposal.record';

/** A role beyond `user` the account does not hold yet: such a change waits for a second admin. */
export function addsRole(before: readonly Role[], after: readonly Role[]): boolean {
  return after.some((r) => r !== 'user' && !before.includes(r));
}

/** The first admin's role grant, stored as a proposal for 24 hours; audited. */
export async function proposeRoles(
  admin: AccountRecord,
  target: AccountRecord,
  roles: Role[],
  deps: ProposalDeps,
  now: number,
): Promise<string> {
  const record: RoleProposalRecord = {
    ...pendingProposal(admin, now),
    kind: 'roles',
    targetId: target._id,
    targetName: target.accountName,
    roles,
  };
  await deps.proposals.insert(record);
  await deps.audit.record({
    at: now,
    actor: admin._id,
    action: 'proposal.roles-proposed',
    target: record._id,
    subject: target._id,
    details: { roles: roles.join(',') },
  });
  return record._id;
}

type ProposalOutcome = 'approved' | 'refused' | 'expired';

async function tellProposer(
  p: ProposalRecord,
  outcome: ProposalOutcome,
  deps: ProposalDeps,
  now: number,
  reason?: string,
) {
  const told =
    p.kind === 'roles'
      ? noticeContent(`proposal.roles.${outcome}`, { account: p.targetName, roles: p.roles.join(','), reason })
      : noticeContent(`proposal.push.${outcome}`, { title: p.title, reason });
  await deps.inbox.notify(p.proposedBy, 'staff.proposal', told, now);
}

/** A proposal past its 24 hours lapses (once: whoever closes it first tells the proposer). */
async function lapse(p: ProposalRecord, deps: ProposalDeps, now: number): Promise<void> {
  if (!(await deps.proposals.close(p._id, { status: 'expired', decidedBy: null, decidedAt: now, reason: null })))
    return;
  if (p.kind === 'push') await deps.pushes.withdraw(p, now);
  await deps.audit.record({ at: now, actor: p.proposedBy, action: 'proposal.expired', target: p._id, details: {} });
  await tellProposer(p, 'expired', deps, now);
}

/** Waiting proposals for the staff desk; the caller's own are marked (another admin decides). */
export async function listProposals(_input: unknown, ctx: CallContext, deps: ProposalDeps): Promise<ProposalView[]> {
  const { account: admin } = await requireRole(ctx, deps, ['admin']);
  const now = ctx.now.getTime();
  const views: ProposalView[] = [];
  for (const p of await deps.proposals.pending()) {
    if (p.expiresAt <= now) {
      await lapse(p, deps, now);
      continue;
    }
    const common = {
      id: p._id,
      proposedByName: p.proposedByName,
      proposedAt: new Date(p.proposedAt).toISOString(),
      expiresAt: new Date(p.expiresAt).toISOString(),
    };
    views.push(
      p.kind === 'roles'
        ? {
            ...common,
            kind: p.kind,
            accountName: p.targetName,
            roles: p.roles,
            push: null,
            mine: p.proposedBy === admin._id || p.targetId === admin._id,
          }
        : {
            ...common,
            kind: p.kind,
            accountName: '',
            roles: [],
            push: { title: p.title, body: p.body, audienceSize: p.audienceSize, announcement: !!p.announcementId },
            mine: p.proposedBy === admin._id,
          },
    );
  }
  return views;
}

/** The audit entry of a decided proposal: what took effect, or what was turned down. */
function decisionEvent(p: ProposalRecord, approved: boolean, adminId: string, now: number, reason: string | null) {
  const base = { at: now, actor: adminId, details: { proposal: p._id, proposedBy: p.proposedBy, reason } };
  if (p.kind === 'push') {
    const action = approved ? 'push.job-approved' : 'proposal.rejected';
    return { ...base, action, target: p.jobId, details: { ...base.details, title: p.title } };
  }
  const action = approved ? 'account.roles-set' : 'proposal.rejected';
  return {
    ...base,
    action,
    target: p.targetId,
    subject: p.targetId,
    details: { ...base.details, roles: p.roles.join(',') },
  };
}

/**
 * A second admin approves (the roles are set now; the push becomes sendable) or rejects. The
 * proposer cannot decide their own, nor anyone a grant to themselves; a lapsed proposal is refused.
 * Audited; the proposer told.
 */
export async function decideProposal(
  input: unknown,
  ctx: CallContext,
  deps: ProposalDeps,
): Promise<DecideProposalOutput> {
  const data = parseInput(DecideProposalInputSchema, input);
  const { account: admin } = await requireRole(ctx, deps, ['admin']);
  const now = ctx.now.getTime();
  const p = await deps.proposals.get(data.id);
  if (!p || p.status !== 'pending') throw new AppError('PROPOSAL.NOT_FOUND');
  if (p.proposedBy === admin._id) throw new AppError('STAFF.SECOND_ADMIN_REQUIRED');
  if (p.kind === 'roles' && p.targetId === admin._id) throw new AppError('STAFF.OWN_MATTER');
  if (p.expiresAt <= now) {
    await lapse(p, deps, now);
    throw new AppError('PROPOSAL.EXPIRED');
  }
  const approved = data.decision === 'approve';
  const target = approved && p.kind === 'roles' ? await deps.accounts.get(p.targetId) : null;
  if (approved && p.kind === 'roles' && (!target || target.statusState === 'cancelled'))
    throw new AppError('ACCOUNT.NOT_FOUND');
  const status = approved ? ('approved' as const) : ('rejected' as const);
  const closed = { status, decidedBy: admin._id, decidedAt: now, reason: data.reason || null };
  if (!(await deps.proposals.close(p._id, closed))) throw new AppError('PROPOSAL.NOT_FOUND');
  if (p.kind === 'roles' && target) await deps.accounts.update(target._id, { roles: p.roles, updatedAt: now });
  if (p.kind === 'push') await (approved ? deps.pushes.release(p, now) : deps.pushes.withdraw(p, now));
  await deps.audit.record(decisionEvent(p, approved, admin._id, now, data.reason || null));
  await tellProposer(p, approved ? 'approved' : 'refused', deps, now, data.reason);
  return { id: p._id, status, jobId: approved && p.kind === 'push' ? p.jobId : null };
}

import { noticeContent, noticeInstant } from '../contract/notices/notice-text';
import { SetRolesInputSchema, SetStatusInputSchema } from '../contract/account';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import { requireRole } from './account-guard';
import { statusChange } from './account-status';
import { closeDueCancellations } from './close-account';
import { parseInput } from '../handler/parse-input';
import type { SetRolesOutput } from '../contract/proposals';
import type { ProposalDeps } from '../proposals/proposal.deps';
import { addsRole, proposeRoles } from '../proposals/role-proposals';

/** Staff set an account's status with a reason (§3.2.6, §5.1, §5.9); the person is told why. */
export async function setAccountStatus(input: unknown, ctx: CallContext, deps: AccountDeps) {
  const data = parseInput(SetStatusInputSchema, input);
  const { account: staff } = await requireRole(ctx, deps, ['staff', 'admin']);
  const now = ctx.now.getTime();
  const until = data.until ? Date.parse(data.until) : null;
  if (data.state === 'suspended' && (until === null || until <= now)) throw new AppError('ACCOUNT.UNTIL_REQUIRED');
  const target = await deps.accounts.findByName(data.accountName);
  if (!target || target.statusState === 'cancelled') throw new AppError('ACCOUNT.NOT_FOUND');
  // No one sets their own status (separation of duties).
  if (target._id === staff._id) throw new AppError('STAFF.OWN_MATTER');
  if (target.roles.includes('admin') && !staff.roles.includes('admin')) throw new AppError('ACCOUNT.FORBIDDEN');
  await deps.accounts.update(
    target._id,
    statusChange(data.state, data.reason, staff._id, now, data.state === 'suspended' ? until : null),
  );
  // A frozen account is out of everyone's hands at once: every session of it ends now.
  if (data.state === 'frozen') await deps.sessions.endForAccount(target._id, now, 'frozen');
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: 'account.status-set',
    target: target._id,
    details: { state: data.state, reason: data.reason, until },
  });
  const shownUntil = data.state === 'suspended' && until !== null ? noticeInstant(until) : null;
  await deps.inbox.notify(
    target._id,
    `account.status.${data.state}`,
    noticeContent(`account.status.${data.state}`, { reason: data.reason, until: shownUntil }),
    now,
  );
  return { accountName: target.accountName, state: data.state };
}

/**
 * Only an admin sets roles; an admin cannot remove their own admin role (no lock-out). Taking roles
 * away applies at once; adding a role beyond `user` becomes a proposal that a second admin approves
 * within 24 hours (two-person rule, lib/proposals).
 */
export async function setAccountRoles(input: unknown, ctx: CallContext, deps: ProposalDeps): Promise<SetRolesOutput> {
  const data = parseInput(SetRolesInputSchema, input);
  const { account: admin } = await requireRole(ctx, deps, ['admin']);
  const target = await deps.accounts.findByName(data.accountName);
  if (!target || target.statusState === 'cancelled') throw new AppError('ACCOUNT.NOT_FOUND');
  const roles = Array.from(new Set<(typeof data.roles)[number]>(['user', ...data.roles]));
  if (target._id === admin._id && !roles.includes('admin')) throw new AppError('ACCOUNT.FORBIDDEN');
  const now = ctx.now.getTime();
  if (addsRole(target.roles, roles)) {
    const proposalId = await proposeRoles(admin, target, roles, deps, now);
    return { accountName: target.accountName, roles: target.roles, proposalId };
  }
  await deps.accounts.update(target._id, { roles, updatedAt: now });
  await deps.audit.record({
    at: now,
    actor: admin._id,
    action: 'account.roles-set',
    target: target._id,
    // The person whose account it is: the audit screen's subject filter finds it under their name.
    subject: target._id,
    details: { roles: roles.join(',') },
  });
  return { accountName: target.accountName, roles, proposalId: null };
}

/** Closes accounts whose cooling-off period has ended (also done lazily at sign-in). */
export async function runDueCancellations(ctx: CallContext, deps: AccountDeps) {
  const { account: admin } = await requireRole(ctx, deps, ['admin']);
  return { closed: await closeDueCancellations(deps, ctx.now.getTime(), admin._id) };
}

import type { Role } from '../contract/account';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountRecord, SessionRecord } from './account.record';
import type { AccountRepository } from './account.repository';
import { assertAccess, type Access } from './account-status';
import { isStaff, requireStaffFactor, staffSessionEnd } from '../staff-factor/staff-factor-guard';
import type { StaffFactorMode } from '../staff-factor/staff-factor.config';
import { SESSION_TOUCH_MS, type SessionRepository } from './session.repository';

export interface GuardDeps {
  accounts: AccountRepository;
  sessions: SessionRepository;
  /** Who must pass the staff second factor (QYB_STAFF_FACTOR). */
  staffFactor: StaffFactorMode;
}

export interface SignedIn {
  account: AccountRecord;
  session: SessionRecord;
}

/**
 * One touch rule for `lastUsedAt`: a staff session on every call (its 30-minute idle limit is
 * measured there), any other at most every SESSION_TOUCH_MS (a write only every few minutes).
 */
function touchDue(account: AccountRecord, session: SessionRecord, now: number): boolean {
  return isStaff(account) || now - (session.lastUsedAt ?? session.createdAt) >= SESSION_TOUCH_MS;
}

/**
 * Every signed-in action starts here: the caller's WeChat identity (from the cloud context only)
 * must hold a live session, the account must still be bound to that identity, and its status must
 * allow the access asked for. Other functions call this too. Whom it found is left in
 * `ctx.signedIn` when the caller asked (the staff action audit names that account).
 */
export async function requireAccount(ctx: CallContext, deps: GuardDeps, access: Access): Promise<SignedIn> {
  const now = ctx.now.getTime();
  const finding = ctx.signedIn;
  if (finding) finding.checked = true;
  const session = await deps.sessions.activeFor(ctx.openid, now, ctx.sessionId);
  if (!session) throw new AppError('ACCOUNT.NOT_SIGNED_IN');
  const account = await deps.accounts.get(session.accountId);
  if (!account || account.openid !== ctx.openid) {
    await deps.sessions.endForOpenid(ctx.openid, now, 'rebound');
    throw new AppError('ACCOUNT.NOT_SIGNED_IN');
  }
  if (finding) finding.accountId = account._id;
  assertAccess(account, now, access);
  const ended = staffSessionEnd(account, session, now);
  if (ended) {
    await deps.sessions.end(session._id, now, ended);
    // A session ended here names nobody: the call reached nothing.
    if (finding) delete finding.accountId;
    throw new AppError('ACCOUNT.NOT_SIGNED_IN');
  }
  if (touchDue(account, session, now)) await deps.sessions.touch(session._id, now);
  return { account, session };
}

/**
 * Staff actions: the role is data on the account, checked on every call; and the second factor,
 * enrolled and given in this session (policy §6.3.1(3)).
 */
export async function requireRole(ctx: CallContext, deps: GuardDeps, roles: readonly Role[]): Promise<SignedIn> {
  const signedIn = await requireAccount(ctx, deps, 'write');
  if (!signedIn.account.roles.some((role) => roles.includes(role))) throw new AppError('ACCOUNT.FORBIDDEN');
  requireStaffFactor(signedIn, deps.staffFactor);
  return signedIn;
}

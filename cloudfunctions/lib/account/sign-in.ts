import { noticeContent, noticeInstant } from '../contract/notices/notice-text';
import { SignInInputSchema, type SignInOutput } from '../contract/account';
import { deviceLabel, type SessionDevice } from '../contract/sessions';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';
import { assertAccess } from './account-status';
import { checkCredentials } from './check-credentials';
import { closeAccount } from './close-account';
import { parseInput } from '../handler/parse-input';
import { toProfileView } from './profile-view';
import { callerDigest } from '../audit/caller-digest';
import { signInFactor } from '../staff-factor/staff-factor-actions';
import { isStaff } from '../staff-factor/staff-factor-guard';
import { STAFF_SESSION_MAX_MS } from '../staff-factor/staff-factor.config';

/**
 * Signs in with account name and password. The binding decides (§3.2.3): only the WeChat identity
 * the account is bound to gets in; from any other, the right password is refused and the owner is
 * told. Signing in during the cooling-off period withdraws a cancellation request.
 */
export async function signIn(input: unknown, ctx: CallContext, deps: AccountDeps): Promise<SignInOutput> {
  const data = parseInput(SignInInputSchema, input);
  const account = await checkCredentials(data.accountName, data.password, ctx, deps).catch(async (error: unknown) => {
    await auditSignInFailure(data.accountName, error, ctx, deps);
    throw error;
  });
  return finishSignIn(account, ctx, deps, { code: data.totpCode }, data.device);
}

/**
 * The rules every way in shares, once the account is known (password here, a linked outside account
 * in lib/linked): a due cancellation closes it, only its bound WeChat identity gets in, and signing
 * in during the cooling-off period withdraws the cancellation.
 */
export async function finishSignIn(
  account: AccountRecord,
  ctx: CallContext,
  deps: AccountDeps,
  /** The second-factor code field of this way in; null where it has none (a linked account). */
  factor: { code?: string } | null = null,
  device?: SessionDevice,
): Promise<SignInOutput> {
  const now = ctx.now.getTime();
  if (
    account.cancellationPending &&
    account.cancellationEffectiveAt !== null &&
    account.cancellationEffectiveAt <= now
  ) {
    await closeAccount(account, deps, now, 'system');
    throw new AppError('ACCOUNT.CREDENTIALS_INVALID');
  }
  assertAccess(account, now, 'read');

  if (account.openid !== ctx.openid) {
    await deps.inbox.notify(
      account._id,
      'security.sign-in-elsewhere',
      noticeContent('security.sign-in-elsewhere', { time: noticeInstant(now) }),
      now,
    );
    await deps.audit.record({
      at: now,
      actor: callerDigest(ctx.openid),
      action: 'account.sign-in-refused',
      target: account._id,
      details: { reason: 'bound-elsewhere' },
    });
    throw new AppError('ACCOUNT.BOUND_ELSEWHERE');
  }

  // Enrolled staff give their second factor here (policy §6.3.1(3)); a way in without a code field
  // (a linked account) gets a session without it, and staff actions then ask for it.
  const factorAt = factor === null ? null : await signInFactor(account, factor.code, ctx, deps);

  let current = account;
  const withdrawn = account.cancellationPending;
  if (withdrawn) {
    const patch = {
      cancellationPending: false,
      cancellationRequestedAt: null,
      cancellationEffectiveAt: null,
      updatedAt: now,
    };
    await deps.accounts.update(account._id, patch);
    current = { ...account, ...patch };
    await deps.inbox.notify(
      account._id,
      'account.cancellation-withdrawn',
      noticeContent('account.cancellation-withdrawn', {}),
      now,
    );
    await deps.audit.record({
      at: now,
      actor: account._id,
      action: 'account.cancellation-withdrawn',
      target: account._id,
      details: {},
    });
  }
  const ttl = isStaff(account) ? Math.min(deps.config.sessionMs, STAFF_SESSION_MAX_MS) : deps.config.sessionMs;
  // This device's earlier session (its handle) is replaced; the owner's other devices keep theirs.
  const session = await deps.sessions.start(ctx.openid, account._id, now, ttl, {
    device: deviceLabel(device),
    replaces: ctx.sessionId,
  });
  if (factorAt !== null) await deps.sessions.mark(session._id, { factorAt });
  await deps.audit.record({ at: now, actor: account._id, action: 'account.sign-in', target: account._id, details: {} });
  return {
    profile: toProfileView(current, deps.fields, now),
    sessionExpiresAt: new Date(session.expiresAt).toISOString(),
    sessionId: session._id,
    cancellationWithdrawn: withdrawn,
  };
}

/**
 * A refused sign-in goes into the audit chain (policy §6.3.1(3)): against the account when the
 * name exists, else against no one. The name itself is not kept: a mistyped one may be someone's.
 * The caller is kept as a digest of its WeChat identity (never the password, never the OPENID), so
 * one caller trying many accounts stands out (config/audit-alerts.ts `sign-in-failures`).
 */
async function auditSignInFailure(accountName: string, error: unknown, ctx: CallContext, deps: AccountDeps) {
  const account = await deps.accounts.findByName(accountName);
  await deps.audit.record({
    at: ctx.now.getTime(),
    actor: callerDigest(ctx.openid),
    action: 'account.sign-in-failed',
    target: account?._id ?? 'unknown-account',
    details: { reason: error instanceof AppError ? error.code : 'INTERNAL' },
  });
}

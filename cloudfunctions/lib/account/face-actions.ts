import { noticeContent } from '../contract/notices/notice-text';
import * as v from 'valibot';
import { FaceProofSchema, RebindInputSchema, type ProfileView, type SignInOutput } from '../contract/account';
import { PASSWORD_MAX } from '../contract/password-rules';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import { requireAccount } from './account-guard';
import { setPassword } from './change-password';
import { settleDocumentClaim } from './document-claim';
import { markFaceVerified, requireFaceMatch } from './face-check';
import { accountToRebind, boundAccount } from './face-start';
import { parseInput } from '../handler/parse-input';
import { toProfileView } from './profile-view';

/** Step three for `verify`: queryVerifyInfo passed, so the signed-in account becomes `face-verified`. */
export async function confirmFaceVerification(
  input: unknown,
  ctx: CallContext,
  deps: AccountDeps,
): Promise<ProfileView> {
  const face = parseInput(FaceProofSchema, input);
  const { account } = await requireAccount(ctx, deps, 'security');
  await requireFaceMatch(account, face, 'verify', ctx, deps);
  const now = ctx.now.getTime();
  await markFaceVerified(account, deps, now);
  await settleDocumentClaim(account, deps, now);
  return toProfileView({ ...account, verificationLevel: 'face-verified', faceVerifiedAt: now }, deps.fields, now);
}

/**
 * The owner moves the account to the WeChat identity they are using now: password and face both,
 * the old binding removed, its sessions ended, the move recorded and the owner told.
 */
export async function rebindWechat(input: unknown, ctx: CallContext, deps: AccountDeps): Promise<SignInOutput> {
  const data = parseInput(RebindInputSchema, input);
  const account = await accountToRebind(data.accountName, data.password, ctx, deps);
  await requireFaceMatch(account, data.face, 'rebind', ctx, deps);

  const now = ctx.now.getTime();
  if (account.openid) await deps.bindings.remove(account.openid);
  await deps.bindings.put({ _id: ctx.openid, accountId: account._id, boundAt: now, via: 'face-reverification' });
  await deps.accounts.update(account._id, {
    openid: ctx.openid,
    verificationLevel: 'face-verified',
    faceVerifiedAt: now,
    updatedAt: now,
  });
  await deps.sessions.endForAccount(account._id, now, 'rebound');
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'account.rebound',
    target: account._id,
    details: { via: 'face' },
  });
  await deps.inbox.notify(account._id, 'security.rebound', noticeContent('security.rebound', {}), now);
  const session = await deps.sessions.start(ctx.openid, account._id, now, deps.config.sessionMs, {
    replaces: ctx.sessionId,
  });
  const updated = { ...account, openid: ctx.openid, verificationLevel: 'face-verified' as const, faceVerifiedAt: now };
  return {
    profile: toProfileView(updated, deps.fields, now),
    sessionExpiresAt: new Date(session.expiresAt).toISOString(),
    sessionId: session._id,
    cancellationWithdrawn: false,
  };
}

const ResetPasswordInputSchema = v.strictObject({
  face: FaceProofSchema,
  newPassword: v.pipe(v.string(), v.minLength(1), v.maxLength(PASSWORD_MAX)),
});

/**
 * A forgotten password, reset from the bound WeChat identity after face re-verification. The
 * binding names the account, so nothing in the input can point at someone else's.
 */
export async function resetPassword(input: unknown, ctx: CallContext, deps: AccountDeps): Promise<{ signedOut: true }> {
  const data = parseInput(ResetPasswordInputSchema, input);
  const account = await boundAccount(ctx, deps);
  await requireFaceMatch(account, data.face, 'reset', ctx, deps);
  await setPassword(account, data.newPassword, deps, ctx.now.getTime(), 'account.password-reset');
  return { signedOut: true };
}

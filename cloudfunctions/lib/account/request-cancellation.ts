import { noticeContent, noticeInstant } from '../contract/notices/notice-text';
import { RequestCancellationInputSchema } from '../contract/account';
import { reverifyPassword } from './reverify-password';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import { requireAccount } from './account-guard';
import { requireFaceMatch } from './face-check';
import { parseInput } from '../handler/parse-input';

/**
 * Asks to close the account (§3.2.2, policy §8.5). The person proves it is them again (password;
 * and face when the account was face-verified), is signed out, and has a cooling-off period in
 * which signing in withdraws the request. After it, the account is closed.
 */
export async function requestCancellation(input: unknown, ctx: CallContext, deps: AccountDeps) {
  const data = parseInput(RequestCancellationInputSchema, input);
  const { account } = await requireAccount(ctx, deps, 'security');
  await reverifyPassword(account, data.password, ctx, { attempts: deps.attempts, throttle: deps.config.throttle });
  if (account.verificationLevel === 'face-verified') {
    if (!data.face) throw new AppError('FACE.REQUIRED');
    await requireFaceMatch(account, data.face, 'cancel', ctx, deps);
  }
  const now = ctx.now.getTime();
  const effectiveAt = now + deps.config.coolingOffMs;
  await deps.accounts.update(account._id, {
    cancellationPending: true,
    cancellationRequestedAt: now,
    cancellationEffectiveAt: effectiveAt,
    updatedAt: now,
  });
  await deps.sessions.endForAccount(account._id, now, 'cancellation');
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'account.cancellation-requested',
    target: account._id,
    details: { effectiveAt },
  });
  await deps.inbox.notify(
    account._id,
    'account.cancellation-requested',
    noticeContent('account.cancellation-requested', { effectiveAt: noticeInstant(effectiveAt) }),
    now,
  );
  return { requestedAt: new Date(now).toISOString(), effectiveAt: new Date(effectiveAt).toISOString() };
}

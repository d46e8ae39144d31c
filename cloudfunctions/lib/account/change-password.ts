import { noticeContent } from '../contract/notices/notice-text';
import { ChangePasswordInputSchema } from '../contract/account';
import { isStrongPassword } from '../contract/password-rules';
import { hashPassword } from '../crypto/password';
import { reverifyPassword } from './reverify-password';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';
import { requireAccount } from './account-guard';
import { parseInput } from '../handler/parse-input';

/** Sets a new password and ends every session of the account, this one included. */
export async function setPassword(
  account: AccountRecord,
  password: string,
  deps: AccountDeps,
  now: number,
  action: string,
) {
  if (!isStrongPassword(password, account.accountName)) throw new AppError('ACCOUNT.WEAK_PASSWORD');
  await deps.accounts.update(account._id, {
    passwordHash: await hashPassword(password),
    passwordChangedAt: now,
    updatedAt: now,
  });
  await deps.sessions.endForAccount(account._id, now, 'password-changed');
  await deps.inbox.notify(
    account._id,
    'security.password-changed',
    noticeContent('security.password-changed', {}),
    now,
  );
  await deps.audit.record({ at: now, actor: account._id, action, target: account._id, details: {} });
}

export async function changePassword(
  input: unknown,
  ctx: CallContext,
  deps: AccountDeps,
): Promise<{ signedOut: true }> {
  const data = parseInput(ChangePasswordInputSchema, input);
  const { account } = await requireAccount(ctx, deps, 'security');
  await reverifyPassword(account, data.currentPassword, ctx, {
    attempts: deps.attempts,
    throttle: deps.config.throttle,
  });
  if (data.currentPassword === data.newPassword) throw new AppError('ACCOUNT.PASSWORD_REUSED');
  await setPassword(account, data.newPassword, deps, ctx.now.getTime(), 'account.password-changed');
  return { signedOut: true };
}

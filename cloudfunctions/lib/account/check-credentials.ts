import { verifyAgainstDecoy, verifyPassword } from '../crypto/password';
import { AppError } from '../errors/app-error';
import { ERROR_MESSAGES } from '../errors/codes';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import type { AccountRecord, LoginAttemptRecord } from './account.record';
import { accountKey, openidKey } from './login-attempts.repository';
import { gate, recordFailure, recordSuccess, type ThrottleLimits } from './login-throttle';

function lockedError(until: number, now: number): AppError {
  const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
  return new AppError('ACCOUNT.LOCKED', `${ERROR_MESSAGES['ACCOUNT.LOCKED']}（约 ${minutes} 分钟后可再试）`);
}

/**
 * Account name and password, counted per account name and per WeChat identity. The answer is the
 * same whether or not the name exists: same code, same counting, same time spent hashing.
 */
export async function checkCredentials(
  accountName: string,
  password: string,
  ctx: CallContext,
  deps: AccountDeps,
): Promise<AccountRecord> {
  const now = ctx.now.getTime();
  const t = deps.config.throttle;
  const limits: ThrottleLimits[] = [
    { maxFailures: t.accountMaxFailures, lockMs: t.lockMs, delayMs: t.delayMs },
    { maxFailures: t.openidMaxFailures, lockMs: t.lockMs, delayMs: t.delayMs },
  ];
  const records = await Promise.all([accountKey(accountName), openidKey(ctx.openid)].map(deps.attempts.load));
  records.forEach((record, i) => {
    const g = gate(record, now, limits[i] as ThrottleLimits);
    if (g.allowed) return;
    if (g.reason === 'locked') throw lockedError(g.retryAt, now);
    const seconds = Math.ceil((g.retryAt - now) / 1000);
    throw new AppError('ACCOUNT.TOO_FAST', `${ERROR_MESSAGES['ACCOUNT.TOO_FAST']}（${seconds} 秒后）`);
  });

  const account = await deps.accounts.findByName(accountName);
  const ok =
    account && account.passwordHash
      ? await verifyPassword(password, account.passwordHash)
      : await verifyAgainstDecoy(password);
  const byAccount = records[0] as LoginAttemptRecord;
  if (!ok || !account) {
    const updated = records.map((record, i) => recordFailure(record, now, limits[i] as ThrottleLimits));
    await Promise.all(updated.map((record) => deps.attempts.save(record)));
    const lock = updated.find((record) => record.lockedUntil !== null && record.lockedUntil > now);
    if (lock?.lockedUntil) throw lockedError(lock.lockedUntil, now);
    throw new AppError('ACCOUNT.CREDENTIALS_INVALID');
  }
  // Success clears the account's count; the identity's count fades on its own, so signing in to
  // one's own account does not reset a spray across other names.
  if (byAccount.failures > 0 || byAccount.lockedUntil !== null) await deps.attempts.save(recordSuccess(byAccount));
  return account;
}

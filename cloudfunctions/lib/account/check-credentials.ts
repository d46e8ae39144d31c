import { noticeContent, noticeInstant } from '../contract/notices/notice-text';
import { verifyAgainstDecoy, verifyPassword } from '../crypto/password';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountDeps } from './account.deps';
import type { AccountRecord } from './account.record';
import { recordSuccess } from './login-throttle';
import { attemptKeys, countFailure, lockedError, openGate } from './password-attempts';

/**
 * Account name and password, counted per (account, WeChat identity), per WeChat identity and,
 * for anyone but the owner, per account (password-attempts.ts). The answer is the same whether or
 * not the name exists: same code, same counting, same time spent hashing.
 */
export async function checkCredentials(
  accountName: string,
  password: string,
  ctx: CallContext,
  deps: AccountDeps,
): Promise<AccountRecord> {
  const now = ctx.now.getTime();
  const account = await deps.accounts.findByName(accountName);
  const owner = account !== null && account.openid === ctx.openid;
  const keys = attemptKeys(accountName, ctx.openid, owner, deps.config.throttle);
  const counters = { attempts: deps.attempts, throttle: deps.config.throttle };
  const records = await openGate(keys, now, counters);

  const ok =
    account && account.passwordHash
      ? await verifyPassword(password, account.passwordHash)
      : await verifyAgainstDecoy(password);
  if (!ok || !account) {
    const lock = await countFailure(keys, records, now, counters);
    if (lock?.lockedUntil) {
      if (account && !owner) await alertOwner(account, keys[keys.length - 1]?.id ?? '', now, deps);
      throw lockedError(lock.lockedUntil, now);
    }
    throw new AppError('ACCOUNT.CREDENTIALS_INVALID');
  }
  // Success clears this caller's count for the account; the caller's own count fades on its own,
  // so signing in to one's own account does not reset a spray across other names.
  const own = records[0];
  if (own && (own.failures > 0 || own.lockedUntil !== null)) await deps.attempts.save(recordSuccess(own));
  return account;
}

/**
 * Tells the owner that others are guessing their password, once per lock window: the window is
 * kept on the account's strangers' counter, so many locked strangers give one message.
 */
async function alertOwner(account: AccountRecord, othersKey: string, now: number, deps: AccountDeps) {
  const others = await deps.attempts.load(othersKey);
  if ((others.alertedUntil ?? 0) > now) return;
  await deps.attempts.save({ ...others, alertedUntil: now + deps.config.throttle.lockMs });
  await deps.inbox.notify(
    account._id,
    'security.password-attempts',
    noticeContent('security.password-attempts', { time: noticeInstant(now) }),
    now,
  );
}

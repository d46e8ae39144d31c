import { verifyPassword } from '../crypto/password';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountRecord } from './account.record';
import { attemptKeys, countFailure, lockedError, openGate, type AttemptsDeps } from './password-attempts';
import { recordSuccess } from './login-throttle';

/**
 * The password asked again of a signed-in person before something sensitive (issue 15, finding 5):
 * the same counters as sign-in, so guessing here locks as there, and a locked key refuses even the
 * right password until the lock ends.
 */
export async function reverifyPassword(
  account: AccountRecord,
  password: string,
  ctx: CallContext,
  deps: AttemptsDeps,
): Promise<void> {
  const now = ctx.now.getTime();
  const keys = attemptKeys(account.accountName, ctx.openid, account.openid === ctx.openid, deps.throttle);
  const records = await openGate(keys, now, deps);
  if (!account.passwordHash || !(await verifyPassword(password, account.passwordHash))) {
    const lock = await countFailure(keys, records, now, deps);
    if (lock?.lockedUntil) throw lockedError(lock.lockedUntil, now);
    throw new AppError('ACCOUNT.PASSWORD_INCORRECT');
  }
  const own = records[0];
  if (own && (own.failures > 0 || own.lockedUntil !== null)) await deps.attempts.save(recordSuccess(own));
}

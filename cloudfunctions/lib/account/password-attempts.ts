import { AppError } from '../errors/app-error';
import { ERROR_MESSAGES } from '../errors/codes';
import type { AccountConfig } from './account.config';
import type { LoginAttemptRecord } from './account.record';
import type { LoginAttemptsRepository } from './login-attempts.repository';
import { gate, recordFailure, type ThrottleLimits } from './login-throttle';

/**
 * The counters every password check goes through (sign-in, face start, and each re-verification:
 * copy of my information, change password, cancellation, privacy requests). Counted per account
 * *and* caller, so strangers lock only themselves, never the owner's bound WeChat (issue 15,
 * finding 4); per caller, so one WeChat cannot spray names; and, for callers other than the owner,
 * per account, so many WeChat identities together cannot guess without end.
 */
export interface AttemptsDeps {
  attempts: LoginAttemptsRepository;
  throttle: AccountConfig['throttle'];
}

export interface CountedKey {
  id: string;
  limits: ThrottleLimits;
}

/** Strangers together get this many times the per-caller allowance before the account shuts them out. */
const OTHERS_FACTOR = 4;

export function attemptKeys(accountName: string, openid: string, owner: boolean, t: AttemptsDeps['throttle']) {
  const limits = (maxFailures: number): ThrottleLimits => ({ maxFailures, lockMs: t.lockMs, delayMs: t.delayMs });
  const keys: CountedKey[] = [
    { id: `account:${accountName}:${openid}`, limits: limits(t.accountMaxFailures) },
    { id: `openid:${openid}`, limits: limits(t.openidMaxFailures) },
  ];
  if (!owner) keys.push({ id: `others:${accountName}`, limits: limits(t.accountMaxFailures * OTHERS_FACTOR) });
  return keys;
}

export function lockedError(until: number, now: number): AppError {
  const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
  return new AppError('ACCOUNT.LOCKED', `${ERROR_MESSAGES['ACCOUNT.LOCKED']}（约 ${minutes} 分钟后可再试）`);
}

/** Loads the counters and refuses at once when any of them is locked or asks to wait. */
export async function openGate(keys: CountedKey[], now: number, deps: AttemptsDeps): Promise<LoginAttemptRecord[]> {
  const records = await Promise.all(keys.map((k) => deps.attempts.load(k.id)));
  records.forEach((record, i) => {
    const g = gate(record, now, (keys[i] as CountedKey).limits);
    if (g.allowed) return;
    if (g.reason === 'locked') throw lockedError(g.retryAt, now);
    const seconds = Math.ceil((g.retryAt - now) / 1000);
    throw new AppError('ACCOUNT.TOO_FAST', `${ERROR_MESSAGES['ACCOUNT.TOO_FAST']}（${seconds} 秒后）`);
  });
  return records;
}

/** Counts a failure on every key; the lock it caused, if any. */
export async function countFailure(
  keys: CountedKey[],
  records: LoginAttemptRecord[],
  now: number,
  deps: AttemptsDeps,
): Promise<LoginAttemptRecord | undefined> {
  const updated = records.map((record, i) => recordFailure(record, now, (keys[i] as CountedKey).limits));
  await Promise.all(updated.map((record) => deps.attempts.save(record)));
  return updated.find((record) => record.lockedUntil !== null && record.lockedUntil > now);
}

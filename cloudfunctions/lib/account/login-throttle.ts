import type { LoginAttemptRecord } from './account.record';

/**
 * Failure counting for one key (an account name or a WeChat identity): the first two failures are
 * free, then each attempt waits twice as long as the last, and the limit locks the key. Each lock
 * of the same key lasts twice as long as the previous one (capped at a day). Pure.
 */
export interface ThrottleLimits {
  maxFailures: number;
  lockMs: number;
  delayMs: number;
}

export type Gate = { allowed: true } | { allowed: false; reason: 'locked' | 'too-fast'; retryAt: number };

const FREE_FAILURES = 2;
const MAX_LOCK_MS = 86_400_000;
/** Failures further apart than this start counting again from zero. */
const FORGET_AFTER_MS = 86_400_000;

export function emptyAttempts(id: string): LoginAttemptRecord {
  return { _id: id, failures: 0, lastFailureAt: null, lockedUntil: null, locks: 0 };
}

export function gate(record: LoginAttemptRecord, now: number, limits: ThrottleLimits): Gate {
  if (record.lockedUntil !== null && record.lockedUntil > now) {
    return { allowed: false, reason: 'locked', retryAt: record.lockedUntil };
  }
  if (record.failures > FREE_FAILURES && record.lastFailureAt !== null && limits.delayMs > 0) {
    const retryAt = record.lastFailureAt + limits.delayMs * 2 ** (record.failures - FREE_FAILURES - 1);
    if (retryAt > now) return { allowed: false, reason: 'too-fast', retryAt };
  }
  return { allowed: true };
}

export function recordFailure(record: LoginAttemptRecord, now: number, limits: ThrottleLimits): LoginAttemptRecord {
  const forgotten = record.lastFailureAt !== null && now - record.lastFailureAt > FORGET_AFTER_MS;
  const failures = (forgotten ? 0 : record.failures) + 1;
  if (failures < limits.maxFailures) return { ...record, failures, lastFailureAt: now };
  const lockMs = Math.min(limits.lockMs * 2 ** record.locks, MAX_LOCK_MS);
  return { ...record, failures: 0, lastFailureAt: now, lockedUntil: now + lockMs, locks: record.locks + 1 };
}

export function recordSuccess(record: LoginAttemptRecord): LoginAttemptRecord {
  return emptyAttempts(record._id);
}

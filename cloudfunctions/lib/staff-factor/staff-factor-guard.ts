import { AppError } from '../errors/app-error';
import type { AccountRecord, SessionRecord } from '../account/account.record';
import {
  STAFF_SESSION_IDLE_MS,
  STAFF_SESSION_MAX_MS,
  STEP_UP_VALID_MS,
  type StaffFactorMode,
} from './staff-factor.config';

/** An account with any role beyond `user` is held to the staff rules. */
export function isStaff(account: Pick<AccountRecord, 'roles'>): boolean {
  return account.roles.some((role) => role !== 'user');
}

export function isEnrolled(account: AccountRecord): boolean {
  return typeof account.staffFactorEnrolledAt === 'number';
}

/**
 * Staff sessions last at most 8 hours and end after 30 minutes without a call (policy §6.3.1(3)),
 * measured on the session's `lastUsedAt`, which the account guard touches on every staff call, so
 * each call made in time keeps the session alive. Why the session must end now, or null; people
 * without a staff role keep their own rules.
 */
export function staffSessionEnd(
  account: Pick<AccountRecord, 'roles'>,
  session: Pick<SessionRecord, 'createdAt' | 'lastUsedAt'>,
  now: number,
): 'staff-limit' | 'staff-idle' | null {
  if (!isStaff(account)) return null;
  if (now - session.createdAt >= STAFF_SESSION_MAX_MS) return 'staff-limit';
  if (now - (session.lastUsedAt ?? session.createdAt) >= STAFF_SESSION_IDLE_MS) return 'staff-idle';
  return null;
}

/** Before any staff action: enrolled, and the factor given in this session. */
export function requireStaffFactor(
  { account, session }: { account: AccountRecord; session: SessionRecord },
  mode: StaffFactorMode,
) {
  if (!isEnrolled(account)) {
    if (mode === 'when-enrolled') return;
    throw new AppError('STAFF.FACTOR_ENROL_REQUIRED');
  }
  if (typeof session.factorAt !== 'number') throw new AppError('STAFF.FACTOR_REQUIRED');
}

/** Before showing full sensitive data: a step-up within the last 5 minutes. */
export function requireStepUp(
  { account, session }: { account: AccountRecord; session: SessionRecord },
  now: number,
  mode: StaffFactorMode,
) {
  if (!isEnrolled(account) && mode === 'when-enrolled') return;
  if (typeof session.stepUpAt !== 'number' || now - session.stepUpAt > STEP_UP_VALID_MS) {
    throw new AppError('STAFF.STEP_UP_REQUIRED');
  }
}

import { requireLocalTwin, type Env } from '../infra/deployment';

/**
 * Who must pass the staff second factor (policy §6.3.1(3)). `required` (the default, and the only
 * value allowed outside the local cloud): every account with a role beyond `user` enrols before
 * any staff action. `when-enrolled` (local cloud only): staff who have enrolled are held to it, the
 * others are not; the older test suites grant roles straight in the database and sign in without
 * an authenticator.
 */
export type StaffFactorMode = 'required' | 'when-enrolled';

export function loadStaffFactorMode(env: Env): StaffFactorMode {
  const value = env.QYB_STAFF_FACTOR;
  if (value === undefined || value === '' || value === 'required') return 'required';
  if (value !== 'when-enrolled') throw new Error(`invalid staff factor setting: QYB_STAFF_FACTOR=${value}`);
  requireLocalTwin(env, 'QYB_STAFF_FACTOR=when-enrolled');
  return 'when-enrolled';
}

/** Staff sessions (policy §6.3.1(3)): at most 8 hours from sign-in, ended after 30 minutes unused. */
export const STAFF_SESSION_MAX_MS = 8 * 3_600_000;
export const STAFF_SESSION_IDLE_MS = 30 * 60_000;
/** A step-up (the code asked again) lets a staff member see full sensitive data for this long. */
export const STEP_UP_VALID_MS = 5 * 60_000;

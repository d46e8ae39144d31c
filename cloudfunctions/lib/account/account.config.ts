import * as v from 'valibot';
import { requireLocalTwin, type Env } from '../infra/deployment';

const count = (fallback: string, min = 0) =>
  v.optional(v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number), v.minValue(min)), fallback);

/**
 * Account settings from the function's environment, checked when the function loads.
 * Defaults are the production values; tests shorten the times.
 */
const AccountConfigSchema = v.object({
  QYB_SESSION_DAYS: count('30', 1),
  /** Days an ended or expired session is kept (the person's copy, a security alert's follow-up) before the timer deletes it. */
  QYB_SESSION_RETENTION_DAYS: count('30', 0),
  QYB_CANCELLATION_COOLING_DAYS: count('15', 0),
  QYB_LOGIN_MAX_FAILURES: count('5', 1),
  QYB_LOGIN_OPENID_MAX_FAILURES: count('10', 1),
  QYB_LOGIN_LOCK_SECONDS: count('900', 1),
  QYB_LOGIN_DELAY_MS: count('1000', 0),
  /** `wechat` in production; the local cloud sets `local-stand-in` (refused anywhere else, see infra/deployment). */
  QYB_FACE_VERIFIER: v.optional(v.picklist(['wechat', 'local-stand-in'] as const), 'wechat'),
});

export interface AccountConfig {
  sessionMs: number;
  sessionRetentionMs: number;
  coolingOffMs: number;
  throttle: { accountMaxFailures: number; openidMaxFailures: number; lockMs: number; delayMs: number };
  faceVerifier: 'wechat' | 'local-stand-in';
}

const DAY_MS = 86_400_000;

export function loadAccountConfig(env: Env): AccountConfig {
  const picked = Object.fromEntries(
    Object.keys(AccountConfigSchema.entries)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const result = v.safeParse(AccountConfigSchema, picked);
  if (!result.success) {
    const issues = result.issues.map((issue) => `${v.getDotPath(issue) ?? '?'}: ${issue.message}`).join('; ');
    throw new Error(`invalid account settings: ${issues}`);
  }
  const c = result.output;
  if (c.QYB_FACE_VERIFIER === 'local-stand-in') requireLocalTwin(env, 'QYB_FACE_VERIFIER=local-stand-in');
  return {
    sessionMs: c.QYB_SESSION_DAYS * DAY_MS,
    sessionRetentionMs: c.QYB_SESSION_RETENTION_DAYS * DAY_MS,
    coolingOffMs: c.QYB_CANCELLATION_COOLING_DAYS * DAY_MS,
    throttle: {
      accountMaxFailures: c.QYB_LOGIN_MAX_FAILURES,
      openidMaxFailures: c.QYB_LOGIN_OPENID_MAX_FAILURES,
      lockMs: c.QYB_LOGIN_LOCK_SECONDS * 1000,
      delayMs: c.QYB_LOGIN_DELAY_MS,
    },
    faceVerifier: c.QYB_FACE_VERIFIER,
  };
}

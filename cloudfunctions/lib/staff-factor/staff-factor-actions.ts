import type { AccountRecord } from '../account/account.record';
import type { AccountDeps } from '../account/account.deps';
import { requireAccount, type SignedIn } from '../account/account-guard';
import { recordSuccess } from '../account/login-throttle';
import { countFailure, lockedError, openGate, type CountedKey } from '../account/password-attempts';
import { FactorCodeInputSchema, type FactorEnrolment, type FactorStatus } from '../contract/staff-factor';
import type { Sealed } from '../crypto/field-cipher';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { isEnrolled, isStaff } from './staff-factor-guard';
import { STEP_UP_VALID_MS } from './staff-factor.config';
import { matchTotp, newTotpSecret, totpUri } from './totp';

/**
 * The staff second factor (policy §6.3.1(3)): enrolment (a secret made here, sealed at rest, shown
 * once, confirmed by its first code), the code at sign-in, and the step-up before full sensitive
 * data. Wrong codes go through the password throttle (password-attempts.ts) under their own key.
 */
export async function factorStatus(ctx: CallContext, deps: AccountDeps): Promise<FactorStatus> {
  const signedIn = await requireAccount(ctx, deps, 'read');
  return statusOf(signedIn, ctx.now.getTime());
}

export async function startEnrolment(ctx: CallContext, deps: AccountDeps): Promise<FactorEnrolment> {
  const { account } = await requireStaffAccount(ctx, deps);
  if (isEnrolled(account)) throw new AppError('STAFF.FACTOR_ALREADY_ENROLLED');
  const secret = newTotpSecret();
  const now = ctx.now.getTime();
  // The used-step mark starts at 0 so the conditional write in acceptCode always has a number to compare.
  await deps.accounts.update(account._id, {
    staffFactorPending: deps.fields.seal('staffFactorSecret', account._id, secret),
    staffFactorLastStep: 0,
    updatedAt: now,
  });
  return { secret, uri: totpUri(secret, account.accountName) };
}

/** The first code from the app confirms the secret; the session counts as verified from then. */
export async function confirmEnrolment(input: unknown, ctx: CallContext, deps: AccountDeps): Promise<FactorStatus> {
  const { code } = parseInput(FactorCodeInputSchema, input);
  const signedIn = await requireStaffAccount(ctx, deps);
  const { account, session } = signedIn;
  if (isEnrolled(account)) throw new AppError('STAFF.FACTOR_ALREADY_ENROLLED');
  if (!account.staffFactorPending) throw new AppError('STAFF.FACTOR_NOT_PENDING');
  const now = ctx.now.getTime();
  await acceptCode(account, account.staffFactorPending, code, ctx, deps);
  await deps.accounts.update(account._id, {
    staffFactorSecret: account.staffFactorPending,
    staffFactorPending: null,
    staffFactorEnrolledAt: now,
    updatedAt: now,
  });
  await deps.sessions.mark(session._id, { factorAt: now, stepUpAt: now });
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'staff.factor-enrolled',
    target: account._id,
    details: {},
  });
  return statusOf(
    { account: { ...account, staffFactorEnrolledAt: now }, session: { ...session, factorAt: now, stepUpAt: now } },
    now,
  );
}

/**
 * A code given in a signed-in session: the second factor for this session (after a sign-in that
 * did not ask for it, e.g. through a linked account) and the step-up, valid 5 minutes.
 */
export async function verifyFactor(input: unknown, ctx: CallContext, deps: AccountDeps): Promise<FactorStatus> {
  const { code } = parseInput(FactorCodeInputSchema, input);
  const { account, session } = await requireStaffAccount(ctx, deps);
  if (!isEnrolled(account) || !account.staffFactorSecret) throw new AppError('STAFF.FACTOR_ENROL_REQUIRED');
  const now = ctx.now.getTime();
  await acceptCode(account, account.staffFactorSecret, code, ctx, deps);
  const factorAt = session.factorAt ?? now;
  await deps.sessions.mark(session._id, { factorAt, stepUpAt: now });
  await deps.audit.record({ at: now, actor: account._id, action: 'staff.step-up', target: account._id, details: {} });
  return statusOf({ account, session: { ...session, factorAt, stepUpAt: now } }, now);
}

/**
 * Sign-in of an enrolled staff member: the code is asked for (STAFF.FACTOR_REQUIRED) and checked
 * before a session starts. Returns when the factor was given, or null when none is asked.
 */
export async function signInFactor(
  account: AccountRecord,
  code: string | undefined,
  ctx: CallContext,
  deps: AccountDeps,
): Promise<number | null> {
  if (!isStaff(account) || !isEnrolled(account) || !account.staffFactorSecret) return null;
  if (code === undefined) throw new AppError('STAFF.FACTOR_REQUIRED');
  await acceptCode(account, account.staffFactorSecret, code, ctx, deps);
  const now = ctx.now.getTime();
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'staff.factor-verified',
    target: account._id,
    details: {},
  });
  return now;
}

async function requireStaffAccount(ctx: CallContext, deps: AccountDeps): Promise<SignedIn> {
  const signedIn = await requireAccount(ctx, deps, 'write');
  if (!isStaff(signedIn.account)) throw new AppError('STAFF.NOT_STAFF');
  return signedIn;
}

/**
 * Checks a code (±1 step, each step once) behind the throttle; the step it matched. The step is
 * marked used by a conditional write (only where the last used step is earlier), so the same code
 * sent twice in parallel passes once: the second write updates nothing and counts as a wrong code.
 */
async function acceptCode(
  account: AccountRecord,
  sealed: Sealed,
  code: string,
  ctx: CallContext,
  deps: AccountDeps,
): Promise<number> {
  const now = ctx.now.getTime();
  const t = deps.config.throttle;
  const keys: CountedKey[] = [
    {
      id: `factor:${account._id}`,
      limits: { maxFailures: t.accountMaxFailures, lockMs: t.lockMs, delayMs: t.delayMs },
    },
  ];
  const attempts = { attempts: deps.attempts, throttle: t };
  const records = await openGate(keys, now, attempts);
  const secret = deps.fields.open('staffFactorSecret', account._id, sealed);
  const step = matchTotp(secret, code, now, account.staffFactorLastStep ?? null);
  if (step === null || !(await deps.accounts.useFactorStep(account._id, step))) {
    const lock = await countFailure(keys, records, now, attempts);
    await deps.audit.record({
      at: now,
      actor: account._id,
      action: 'staff.factor-failed',
      target: account._id,
      details: {},
    });
    if (lock?.lockedUntil) throw lockedError(lock.lockedUntil, now);
    throw new AppError('STAFF.FACTOR_INVALID');
  }
  const own = records[0];
  if (own && (own.failures > 0 || own.lockedUntil !== null)) await deps.attempts.save(recordSuccess(own));
  return step;
}

function statusOf({ account, session }: SignedIn, now: number): FactorStatus {
  const stepUpUntil = typeof session.stepUpAt === 'number' ? session.stepUpAt + STEP_UP_VALID_MS : null;
  return {
    staff: isStaff(account),
    enrolled: isEnrolled(account),
    verified: typeof session.factorAt === 'number',
    stepUpUntil: stepUpUntil !== null && stepUpUntil > now ? new Date(stepUpUntil).toISOString() : null,
  };
}

/**
 * The staff second factor (policy §6.3.1(3), issue 15) through the real account and privacy
 * functions against the local cloud, with the factor required as in production: the codes are
 * made from the secret the function showed, as the staff member's authenticator app would.
 */
import type { FactorEnrolment, FactorStatus } from '../../../cloudfunctions/lib/contract/staff-factor';
import type { PrivacyRequestView, RevealOutput } from '../../../cloudfunctions/lib/contract/privacy';
import { totpCode } from '../../../cloudfunctions/lib/staff-factor/totp';
import { ALICE, STAFF, privacyCloud } from '../privacy/privacy-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

process.env.QYB_STAFF_FACTOR = 'required';
jest.setTimeout(120_000);

// The account, consent and privacy functions read the file clock: the authenticator moves time on
// to the next code's step instead of waiting up to 30 s for it (each code works once).
const t = privacyCloud({ fileClock: ['account', 'consent', 'privacy'] });
const STEP_MS = 30_000;
/** How far the functions' clock runs ahead of real time. */
let offset = 0;
const clockNow = () => Date.now() + offset;

/** The authenticator app: each code from a later time step than the last one used, moving the clock when needed. */
function authenticator(secret: string) {
  let used = -Infinity;
  return async (): Promise<string> => {
    const current = Math.floor(clockNow() / STEP_MS);
    const step = Math.max(current, used + 1);
    if (step > current + 1) {
      offset += (step - 1) * STEP_MS - clockNow() + 200;
      t.advance(offset);
    }
    used = step;
    return totpCode(secret, step * STEP_MS + 1000);
  };
}

describe('staff second factor (real functions, factor required)', () => {
  let env: string;
  let requestId: string;
  /** The staff member's authenticator, once enrolled. */
  let app: () => Promise<string>;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env);
    const filed = await t.ok<PrivacyRequestView>(env, ALICE.openid, 'file', {
      kind: 'correction',
      password: ALICE.password,
      proposed: { realName: '陈大為' },
      reason: '姓名为繁体',
    });
    requestId = filed.id;
  });

  it('leads a staff member to enrol, asks for the code at sign-in and again before a full reveal', async () => {
    // Granted a role, not enrolled: every staff action is refused, pointing at enrolment.
    expect(await t.codeOf(env, STAFF.openid, 'queue')).toBe('STAFF.FACTOR_ENROL_REQUIRED');
    expect(await t.data<FactorStatus>(env, STAFF.openid, 'factorStatus')).toEqual({
      staff: true,
      enrolled: false,
      verified: false,
      stepUpUntil: null,
    });

    const { secret, uri } = await t.data<FactorEnrolment>(env, STAFF.openid, 'factorEnrolStart');
    expect(uri.startsWith('otpauth://totp/')).toBe(true);
    const [stored] = await t.find<Record<string, unknown>>(env, COLLECTIONS.accounts, {
      accountName: STAFF.accountName,
    });
    expect(JSON.stringify(stored)).not.toContain(secret);
    app = authenticator(secret);
    expect(await t.code(env, STAFF.openid, 'factorEnrolConfirm', { code: wrongCode(secret) })).toBe(
      'STAFF.FACTOR_INVALID',
    );
    expect(await t.data<FactorStatus>(env, STAFF.openid, 'factorEnrolConfirm', { code: await app() })).toMatchObject({
      enrolled: true,
      verified: true,
    });
    expect(await t.codeOf(env, STAFF.openid, 'queue')).toBe('OK');

    // Signing in again: the password alone is not enough, a used code neither.
    await t.data(env, STAFF.openid, 'signOut');
    const signIn = (totp?: string) =>
      t.code(env, STAFF.openid, 'signIn', { accountName: STAFF.accountName, password: STAFF.password, totpCode: totp });
    expect(await signIn()).toBe('STAFF.FACTOR_REQUIRED');
    const code = await app();
    expect(await signIn(code)).toBe('OK');
    await t.data(env, STAFF.openid, 'signOut');
    expect(await signIn(code)).toBe('STAFF.FACTOR_INVALID');
    expect(await signIn(await app())).toBe('OK');

    // The masked detail is fine; the full values need a step-up within 5 minutes.
    expect(await t.codeOf(env, STAFF.openid, 'detail', { id: requestId })).toBe('OK');
    expect(await t.codeOf(env, STAFF.openid, 'reveal', { id: requestId })).toBe('STAFF.STEP_UP_REQUIRED');
    const stepped = await t.data<FactorStatus>(env, STAFF.openid, 'factorVerify', { code: await app() });
    expect(Date.parse(stepped.stepUpUntil ?? '') - clockNow()).toBeGreaterThan(4 * 60_000);
    const revealed = await t.ok<RevealOutput>(env, STAFF.openid, 'reveal', { id: requestId });
    expect(revealed.current?.document.number).toBe(ALICE.document.number);

    const audit = (await t.find<{ action: string }>(env, COLLECTIONS.auditLog, { target: stored?._id })).map(
      (e) => e.action,
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        'staff.factor-failed',
        'staff.factor-enrolled',
        'staff.factor-verified',
        'staff.step-up',
      ]),
    );
  });

  it('takes one code sent twice at once only once (the used step is a conditional write)', async () => {
    // Two warm instances first, so both calls run at once rather than one behind a cold start.
    await Promise.all([0, 1, 2, 3].map(() => t.code(env, STAFF.openid, 'factorStatus')));
    const code = await app();
    const both = await Promise.all([0, 1].map(() => t.code(env, STAFF.openid, 'factorVerify', { code })));
    expect(both.sort()).toEqual(['OK', 'STAFF.FACTOR_INVALID']);
    const [account] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, {
      accountName: STAFF.accountName,
    });
    const steps = (await t.find<{ action: string }>(env, COLLECTIONS.auditLog, { target: account?._id }))
      .map((e) => e.action)
      .filter((a) => a === 'staff.step-up');
    expect(steps).toHaveLength(2);
  });

  it('ends a staff session unused for 30 minutes', async () => {
    const [account] = await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: STAFF.accountName });
    const [session] = await t.find<{ _id: string }>(env, COLLECTIONS.sessions, {
      accountId: account?._id,
      endedAt: null,
    });
    await t
      .db(env)
      .collection(COLLECTIONS.sessions)
      .doc(session?._id ?? '')
      .update({ data: { lastUsedAt: clockNow() - 31 * 60_000 } });
    expect(await t.codeOf(env, STAFF.openid, 'queue')).toBe('ACCOUNT.NOT_SIGNED_IN');
    const [ended] = await t.find<{ endReason: string }>(env, COLLECTIONS.sessions, { _id: session?._id });
    expect(ended?.endReason).toBe('staff-idle');
  });
});

/** A code the app shows at none of the steps around now. */
function wrongCode(secret: string): string {
  const near = [-1, 0, 1, 2].map((k) => totpCode(secret, clockNow() + k * STEP_MS));
  return ['000000', '111111', '222222', '333333', '444444'].find((c) => !near.includes(c)) ?? '555555';
}

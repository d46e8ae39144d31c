import { requireAccount, requireRole } from '../../../../../cloudfunctions/lib/account/account-guard';
import { registerAccount } from '../../../../../cloudfunctions/lib/account/register-account';
import { signIn } from '../../../../../cloudfunctions/lib/account/sign-in';
import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';
import {
  confirmEnrolment,
  startEnrolment,
  verifyFactor,
} from '../../../../../cloudfunctions/lib/staff-factor/staff-factor-actions';
import { requireStepUp } from '../../../../../cloudfunctions/lib/staff-factor/staff-factor-guard';
import { totpCode } from '../../../../../cloudfunctions/lib/staff-factor/totp';
import { ctxFor, memoryDeps, registration } from '../account/memory-deps';

const T0 = new Date('2026-12-03T02:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;
const CLERK = 'o-clerk';
const SIGN_IN = { accountName: 'chan_tai_man', password: 'Hengqin-2026' };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'OK';
}

/** A registered person given the staff role (as the console does), signed in, factor required. */
async function clerk() {
  const world = memoryDeps({ QYB_STAFF_FACTOR: 'required' });
  await registerAccount(registration(), ctxFor(CLERK, T0), world.deps);
  const [account] = world.stores.accounts.all();
  await world.stores.accounts.update(account!._id, { roles: ['user', 'staff'] });
  await signIn(SIGN_IN, ctxFor(CLERK, T0), world.deps);
  return { ...world, accountId: account!._id };
}

async function enrolled() {
  const world = await clerk();
  const { secret } = await startEnrolment(ctxFor(CLERK, T0), world.deps);
  await confirmEnrolment({ code: totpCode(secret, T0.getTime()) }, ctxFor(CLERK, T0), world.deps);
  return { ...world, secret };
}

const actions = (world: Awaited<ReturnType<typeof clerk>>) =>
  [...world.stores.audit.entries.values()].map((e) => e.action);

describe('staff second factor', () => {
  describe('when a staff member has not enrolled', () => {
    it('refuses every staff action with STAFF.FACTOR_ENROL_REQUIRED', async () => {
      const { deps } = await clerk();
      expect(await codeOf(requireRole(ctxFor(CLERK, at(MIN)), deps, ['staff']))).toBe('STAFF.FACTOR_ENROL_REQUIRED');
    });

    it('enrols: the secret is sealed at rest, confirmed only by a valid first code, audited', async () => {
      const world = await clerk();
      const { secret, uri } = await startEnrolment(ctxFor(CLERK, T0), world.deps);
      expect(uri).toContain(`secret=${secret}`);
      expect(JSON.stringify(world.stores.accounts.all())).not.toContain(secret);
      const wrong = totpCode(secret, T0.getTime() + 10 * MIN);
      expect(await codeOf(confirmEnrolment({ code: wrong }, ctxFor(CLERK, T0), world.deps))).toBe(
        'STAFF.FACTOR_INVALID',
      );
      const status = await confirmEnrolment({ code: totpCode(secret, T0.getTime()) }, ctxFor(CLERK, T0), world.deps);
      expect(status).toMatchObject({ staff: true, enrolled: true, verified: true });
      expect(await codeOf(requireRole(ctxFor(CLERK, at(MIN)), world.deps, ['staff']))).toBe('OK');
      expect(actions(world)).toEqual(expect.arrayContaining(['staff.factor-failed', 'staff.factor-enrolled']));
      expect(await codeOf(startEnrolment(ctxFor(CLERK, at(MIN)), world.deps))).toBe('STAFF.FACTOR_ALREADY_ENROLLED');
    });

    it('people without a staff role have nothing to enrol', async () => {
      const world = memoryDeps({ QYB_STAFF_FACTOR: 'required' });
      await registerAccount(registration(), ctxFor(CLERK, T0), world.deps);
      expect(await codeOf(startEnrolment(ctxFor(CLERK, T0), world.deps))).toBe('STAFF.NOT_STAFF');
    });
  });

  describe('signing in once enrolled', () => {
    it('asks for the code, refuses a used one (replay), accepts the next, for at most 8 hours', async () => {
      const world = await enrolled();
      const later = T0.getTime() + 2 * MIN;
      expect(await codeOf(signIn(SIGN_IN, ctxFor(CLERK, at(2 * MIN)), world.deps))).toBe('STAFF.FACTOR_REQUIRED');
      const used = totpCode(world.secret, T0.getTime());
      expect(await codeOf(signIn({ ...SIGN_IN, totpCode: used }, ctxFor(CLERK, at(30_000)), world.deps))).toBe(
        'STAFF.FACTOR_INVALID',
      );
      const out = await signIn(
        { ...SIGN_IN, totpCode: totpCode(world.secret, later) },
        ctxFor(CLERK, at(2 * MIN)),
        world.deps,
      );
      expect(Date.parse(out.sessionExpiresAt) - later).toBe(8 * 60 * MIN);
      expect(await codeOf(requireRole(ctxFor(CLERK, at(3 * MIN)), world.deps, ['staff']))).toBe('OK');
      expect(actions(world)).toContain('staff.factor-verified');
    });

    it('a session started without the code (a linked account) is refused staff actions until the code is given', async () => {
      const world = await enrolled();
      const [account] = world.stores.accounts.all();
      await world.deps.sessions.start(CLERK, account!._id, T0.getTime() + MIN, 60 * MIN);
      expect(await codeOf(requireRole(ctxFor(CLERK, at(MIN)), world.deps, ['staff']))).toBe('STAFF.FACTOR_REQUIRED');
      await verifyFactor(
        { code: totpCode(world.secret, T0.getTime() + 2 * MIN) },
        ctxFor(CLERK, at(2 * MIN)),
        world.deps,
      );
      expect(await codeOf(requireRole(ctxFor(CLERK, at(3 * MIN)), world.deps, ['staff']))).toBe('OK');
    });
  });

  describe('one code sent twice at once', () => {
    it('passes once: the used step is written only where it is later than the last one', async () => {
      const world = await enrolled();
      const code = totpCode(world.secret, T0.getTime() + 2 * MIN);
      const results = await Promise.all(
        [0, 1].map(() => codeOf(verifyFactor({ code }, ctxFor(CLERK, at(2 * MIN)), world.deps))),
      );
      expect(results.sort()).toEqual(['OK', 'STAFF.FACTOR_INVALID']);
      expect(world.stores.accounts.all()[0]?.staffFactorLastStep).toBe(Math.floor((T0.getTime() + 2 * MIN) / 30_000));
      expect(actions(world).filter((a) => a === 'staff.step-up')).toHaveLength(1);
    });
  });

  describe('wrong codes', () => {
    it('lock after the limit, so that even the right code waits (the password throttle)', async () => {
      const world = await enrolled();
      const now = T0.getTime() + 5 * MIN;
      const right = totpCode(world.secret, now);
      const wrong = right === '000000' ? '111111' : '000000';
      const codes: string[] = [];
      for (let i = 0; i < 5; i++)
        codes.push(await codeOf(verifyFactor({ code: wrong }, ctxFor(CLERK, at(5 * MIN)), world.deps)));
      expect(codes.slice(0, 4)).toEqual(Array(4).fill('STAFF.FACTOR_INVALID'));
      expect(codes[4]).toBe('ACCOUNT.LOCKED');
      expect(await codeOf(verifyFactor({ code: right }, ctxFor(CLERK, at(5 * MIN)), world.deps))).toBe(
        'ACCOUNT.LOCKED',
      );
      expect(actions(world).filter((a) => a === 'staff.factor-failed')).toHaveLength(5);
    });
  });

  describe('step-up', () => {
    it('is needed before a reveal, and lasts 5 minutes', async () => {
      const world = await enrolled();
      const signedIn = async (ms: number) => requireRole(ctxFor(CLERK, at(ms)), world.deps, ['staff']);
      // Enrolment counts as a step-up at T0.
      expect(() =>
        requireStepUp(
          { account: world.stores.accounts.all()[0]!, session: { ...world.stores.sessions.all()[0]!, stepUpAt: null } },
          T0.getTime(),
          'required',
        ),
      ).toThrow(expect.objectContaining({ code: 'STAFF.STEP_UP_REQUIRED' }));
      const atSix = await signedIn(6 * MIN);
      expect(() => requireStepUp(atSix, T0.getTime() + 6 * MIN, 'required')).toThrow(
        expect.objectContaining({ code: 'STAFF.STEP_UP_REQUIRED' }),
      );
      const status = await verifyFactor(
        { code: totpCode(world.secret, T0.getTime() + 7 * MIN) },
        ctxFor(CLERK, at(7 * MIN)),
        world.deps,
      );
      expect(status.stepUpUntil).toBe(new Date(T0.getTime() + 12 * MIN).toISOString());
      const atEleven = await signedIn(11 * MIN);
      expect(() => requireStepUp(atEleven, T0.getTime() + 11 * MIN, 'required')).not.toThrow();
      const atThirteen = await signedIn(13 * MIN);
      expect(() => requireStepUp(atThirteen, T0.getTime() + 13 * MIN, 'required')).toThrow(
        expect.objectContaining({ code: 'STAFF.STEP_UP_REQUIRED' }),
      );
      expect(actions(world)).toContain('staff.step-up');
    });
  });

  describe('staff sessions', () => {
    it('end after 30 minutes without a call; each call in time keeps them alive', async () => {
      const { deps } = await enrolled();
      expect(await codeOf(requireAccount(ctxFor(CLERK, at(29 * MIN)), deps, 'read'))).toBe('OK');
      expect(await codeOf(requireAccount(ctxFor(CLERK, at(58 * MIN)), deps, 'read'))).toBe('OK');
      expect(await codeOf(requireAccount(ctxFor(CLERK, at(89 * MIN)), deps, 'read'))).toBe('ACCOUNT.NOT_SIGNED_IN');
    });

    it('end 8 hours after sign-in however busy', async () => {
      const { deps } = await enrolled();
      for (let m = 20; m < 8 * 60; m += 20) await requireAccount(ctxFor(CLERK, at(m * MIN)), deps, 'read');
      expect(await codeOf(requireAccount(ctxFor(CLERK, at(8 * 60 * MIN)), deps, 'read'))).toBe('ACCOUNT.NOT_SIGNED_IN');
    });

    it('measure idleness on lastUsedAt, which every staff call touches (one field, no lastSeenAt)', async () => {
      const world = await enrolled();
      await requireAccount(ctxFor(CLERK, at(MIN)), world.deps, 'read');
      await requireAccount(ctxFor(CLERK, at(2 * MIN)), world.deps, 'read');
      const [session] = world.stores.sessions.all();
      expect(session?.lastUsedAt).toBe(T0.getTime() + 2 * MIN);
      expect(session).not.toHaveProperty('lastSeenAt');
      // 30 minutes after the last touch, not after sign-in: the touch is what counts.
      expect(await codeOf(requireAccount(ctxFor(CLERK, at(31 * MIN)), world.deps, 'read'))).toBe('OK');
      await world.stores.sessions.updateWhere(
        { _id: session!._id },
        { lastUsedAt: T0.getTime() + 31 * MIN - 30 * MIN },
      );
      expect(await codeOf(requireAccount(ctxFor(CLERK, at(31 * MIN)), world.deps, 'read'))).toBe(
        'ACCOUNT.NOT_SIGNED_IN',
      );
      expect(world.stores.sessions.all()[0]).toMatchObject({ endReason: 'staff-idle' });
    });

    it('leave whom the guard found in the call context, and nobody once the session is ended', async () => {
      const { deps, accountId } = await enrolled();
      const live = { ...ctxFor(CLERK, at(MIN)), signedIn: {} };
      await requireAccount(live, deps, 'read');
      expect(live.signedIn).toEqual({ checked: true, accountId });
      const idle = { ...ctxFor(CLERK, at(40 * MIN)), signedIn: {} };
      expect(await codeOf(requireAccount(idle, deps, 'read'))).toBe('ACCOUNT.NOT_SIGNED_IN');
      expect(idle.signedIn).toEqual({ checked: true });
    });

    it('people without a staff role have lastUsedAt touched at most every 5 minutes', async () => {
      const world = memoryDeps();
      await registerAccount(registration(), ctxFor(CLERK, T0), world.deps);
      await requireAccount(ctxFor(CLERK, at(4 * MIN)), world.deps, 'read');
      expect(world.stores.sessions.all()[0]?.lastUsedAt).toBe(T0.getTime());
      await requireAccount(ctxFor(CLERK, at(5 * MIN)), world.deps, 'read');
      expect(world.stores.sessions.all()[0]?.lastUsedAt).toBe(T0.getTime() + 5 * MIN);
    });

    it('people without a staff role keep their own session rules (no idle end)', async () => {
      const world = memoryDeps({ QYB_STAFF_FACTOR: 'required' });
      await registerAccount(registration(), ctxFor(CLERK, T0), world.deps);
      expect(await codeOf(requireAccount(ctxFor(CLERK, at(24 * 60 * MIN)), world.deps, 'read'))).toBe('OK');
    });
  });
});

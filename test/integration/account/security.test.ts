import { ALICE, accountCloud } from './account-cloud';

// The deployed lock (15 minutes), run out on the functions' clock: moved, not waited for, so the
// story cannot pass by being slow. Set before the functions start (they take this environment).
process.env.QYB_LOGIN_LOCK_SECONDS = '900';
const t = accountCloud({ fileClock: true });

describe('account security (real SDK, local cloud)', () => {
  it('locks after five wrong passwords, refuses even the right one while locked, and lets it in after the lock', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await t.signIn(env, ALICE.openid, { accountName: ALICE.accountName, password: `Wrong-pass-${i}` });
      codes.push(r.ok ? 'OK' : r.error.code);
    }
    expect(codes).toEqual([
      'ACCOUNT.CREDENTIALS_INVALID',
      'ACCOUNT.CREDENTIALS_INVALID',
      'ACCOUNT.CREDENTIALS_INVALID',
      'ACCOUNT.CREDENTIALS_INVALID',
      'ACCOUNT.LOCKED',
    ]);
    const locked = await t.signIn(env, ALICE.openid, ALICE);
    expect(locked).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT.LOCKED', message: expect.stringContaining('锁定') },
    });
    t.advance(901_000);
    expect((await t.signIn(env, ALICE.openid, ALICE)).ok).toBe(true);
  });

  it('ends every session when the password changes', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    expect(
      await t.code(env, ALICE.openid, 'changePassword', {
        currentPassword: 'Not-the-one-1',
        newPassword: 'Brand-New-2027',
      }),
    ).toBe('ACCOUNT.PASSWORD_INCORRECT');
    expect(
      await t.code(env, ALICE.openid, 'changePassword', { currentPassword: ALICE.password, newPassword: 'weak' }),
    ).toBe('ACCOUNT.WEAK_PASSWORD');
    await t.data(env, ALICE.openid, 'changePassword', {
      currentPassword: ALICE.password,
      newPassword: 'Brand-New-2027',
    });
    expect(await t.code(env, ALICE.openid, 'profile')).toBe('ACCOUNT.NOT_SIGNED_IN');
    expect(
      await t.code(env, ALICE.openid, 'signIn', { accountName: ALICE.accountName, password: ALICE.password }),
    ).toBe('ACCOUNT.CREDENTIALS_INVALID');
    expect(
      await t.code(env, ALICE.openid, 'signIn', { accountName: ALICE.accountName, password: 'Brand-New-2027' }),
    ).toBe('OK');
  });

  it('withdraws a cancellation request when the person signs in during the cooling-off period', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    expect(await t.code(env, ALICE.openid, 'requestCancellation', { password: 'Not-the-one-1' })).toBe(
      'ACCOUNT.PASSWORD_INCORRECT',
    );
    const requested = await t.data<{ effectiveAt: string }>(env, ALICE.openid, 'requestCancellation', {
      password: ALICE.password,
    });
    expect(Date.parse(requested.effectiveAt) - Date.now()).toBeGreaterThan(14.9 * 86_400_000);
    expect(await t.code(env, ALICE.openid, 'profile')).toBe('ACCOUNT.NOT_SIGNED_IN');
    const signedIn = await t.signIn(env, ALICE.openid, ALICE);
    expect(signedIn).toMatchObject({
      ok: true,
      data: { cancellationWithdrawn: true, profile: { cancellation: null } },
    });
  });

  it('closes due cancellations on the timer trigger, which a person cannot pose as', async () => {
    const env = t.cloud().freshEnv();
    const timer = { Type: 'Timer', TriggerName: 'closeDueCancellations', Time: new Date().toISOString() };
    const asTimer = (await t.cloud().sdk({ env }).callFunction({ name: 'account', data: timer })) as {
      result: unknown;
    };
    expect(asTimer.result).toEqual({ ok: true, data: { closed: 0, purgedSessions: 0 } });
    const asPerson = (await t
      .cloud()
      .sdk({ env, openid: ALICE.openid })
      .callFunction({ name: 'account', data: timer })) as {
      result: unknown;
    };
    expect(asPerson.result).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID_EVENT' } });
  });
});

import type { ProfileView } from '../../../cloudfunctions/lib/contract/account';
import { ALICE, BOB, STAFF, accountCloud } from './account-cloud';
import { setRoles } from '../../support/set-roles';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

// Staff made under the two-person rule and several cold function workers: more than the 30 s default on a loaded machine.
jest.setTimeout(90_000);

const t = accountCloud();

async function withStaff(env: string) {
  await t.register(env, ALICE);
  await t.register(env, BOB);
  await t.register(env, STAFF);
  // The first staff role is given from the console (scripts/staff); roles are data on the account.
  await setRoles(t.db(env), STAFF.accountName, ['user', 'staff', 'admin']);
}

describe('account status and isolation (real SDK, local cloud)', () => {
  it('a restricted account can read and is told why, but every write is refused', async () => {
    const env = t.cloud().freshEnv();
    await withStaff(env);
    await t.data(env, STAFF.openid, 'setStatus', {
      accountName: ALICE.accountName,
      state: 'restricted',
      reason: '资料待核实',
    });
    const profile = await t.data<ProfileView>(env, ALICE.openid, 'profile');
    expect(profile.status).toEqual({ state: 'restricted', reason: '资料待核实', until: null });
    const refused = await t.call(env, ALICE.openid, 'updateProfile', { contact: 'chan@example.mo' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT.RESTRICTED', message: expect.stringContaining('资料待核实') },
    });
    const inbox = await t.find(env, COLLECTIONS.messages, { kind: 'account.status.restricted' });
    expect(inbox).toHaveLength(1);
  });

  it('a suspended account is refused with the reason and the date; a banned one too', async () => {
    const env = t.cloud().freshEnv();
    await withStaff(env);
    const until = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await t.data(env, STAFF.openid, 'setStatus', {
      accountName: ALICE.accountName,
      state: 'suspended',
      reason: '异常操作',
      until,
    });
    const suspended = await t.signIn(env, ALICE.openid, ALICE);
    expect(suspended).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT.SUSPENDED', message: expect.stringMatching(/至 \d{4}-\d{2}-\d{2}.*异常操作/) },
    });
    await t.data(env, STAFF.openid, 'setStatus', {
      accountName: BOB.accountName,
      state: 'banned',
      reason: '冒用他人身份',
    });
    expect(await t.code(env, BOB.openid, 'profile')).toBe('ACCOUNT.BANNED');
  });

  it('only staff set status and only admins set roles', async () => {
    const env = t.cloud().freshEnv();
    await withStaff(env);
    expect(
      await t.code(env, ALICE.openid, 'setStatus', {
        accountName: BOB.accountName,
        state: 'banned',
        reason: '试图越权',
      }),
    ).toBe('ACCOUNT.FORBIDDEN');
    expect(await t.code(env, ALICE.openid, 'setRoles', { accountName: ALICE.accountName, roles: ['admin'] })).toBe(
      'ACCOUNT.FORBIDDEN',
    );
    // Adding a role waits for a second admin (two-person rule): BOB's roles are unchanged for now.
    expect(await t.data(env, STAFF.openid, 'setRoles', { accountName: BOB.accountName, roles: ['staff'] })).toEqual({
      accountName: BOB.accountName,
      roles: ['user'],
      proposalId: expect.any(String),
    });
  });

  it('a person cannot read or change another person’s data by any action or input', async () => {
    const env = t.cloud().freshEnv();
    await withStaff(env);
    const before = await t.data<ProfileView>(env, ALICE.openid, 'profile');
    const [alice] = await t.find<{
      _id: string;
    }>(env, COLLECTIONS.accounts, { accountName: ALICE.accountName });
    const aliceId = alice?._id as string;
    const foreign = { accountId: aliceId, openid: ALICE.openid, accountName: ALICE.accountName };

    // Every action, with the other person's identifiers slipped in.
    const attempts: [string, unknown][] = [
      ['profile', foreign],
      ['session', foreign],
      ['updateProfile', { ...foreign, contact: 'mallory@example.com' }],
      ['updateProfile', { mobile: { countryCode: '+86', number: '13900000000' }, password: ALICE.password }],
      ['changePassword', { currentPassword: ALICE.password, newPassword: 'Taken-Over-2026' }],
      ['requestCancellation', { password: ALICE.password }],
      ['startFaceVerification', { purpose: 'verify', ...foreign }],
      ['confirmFaceVerification', { verifyId: 'local-stand-in:0', localStandIn: 'success', ...foreign }],
      [
        'resetPassword',
        {
          face: { verifyId: 'local-stand-in:0', localStandIn: 'success' },
          newPassword: 'Taken-Over-2026',
          accountName: ALICE.accountName,
        },
      ],
      [
        'rebind',
        {
          accountName: ALICE.accountName,
          password: 'Guess-Pass-01',
          face: { verifyId: 'local-stand-in:0', localStandIn: 'success' },
        },
      ],
      ['signIn', { accountName: ALICE.accountName, password: 'Guess-Pass-01' }],
      ['setStatus', { accountName: ALICE.accountName, state: 'banned', reason: '越权测试' }],
      ['setRoles', { accountName: ALICE.accountName, roles: ['user'] }],
      ['closeDueCancellations', foreign],
      ['signOut', foreign],
    ];
    for (const [action, input] of attempts) {
      const result = await t.call(env, BOB.openid, action, input);
      // Whatever happened, it never returned Alice's information.
      expect(JSON.stringify(result)).not.toContain('chan_tai_man');
    }
    expect(await t.data<ProfileView>(env, ALICE.openid, 'profile')).toEqual(before);
    expect(
      await t.code(env, ALICE.openid, 'signIn', { accountName: ALICE.accountName, password: ALICE.password }),
    ).toBe('OK');
  });
});

import { createFirstAdmin, type AdminDatabase } from '../../../scripts/staff/create-admin';
import { ALICE, BOB, accountCloud } from './account-cloud';

const t = accountCloud();

describe('npm run staff -- create-admin (real SDK, local cloud)', () => {
  it('makes the first admin once, who can then give roles in the app', async () => {
    const env = t.cloud().freshEnv();
    expect((await t.register(env, ALICE)).ok).toBe(true);
    expect((await t.register(env, BOB)).ok).toBe(true);
    const db = t.db(env) as unknown as AdminDatabase;

    expect(await createFirstAdmin(db, 'nobody_here')).toEqual({ ok: false, reason: 'no-such-account' });
    expect(await createFirstAdmin(db, 'CHAN_TAI_MAN')).toEqual({ ok: true, accountId: expect.any(String) });
    expect(await createFirstAdmin(db, BOB.accountName)).toEqual({ ok: false, reason: 'admin-exists' });

    expect(await t.data(env, ALICE.openid, 'setRoles', { accountName: BOB.accountName, roles: ['staff'] })).toEqual({
      accountName: BOB.accountName,
      roles: ['user', 'staff'],
    });
    expect(await t.find(env, 'audit_log', { action: 'account.first-admin' })).toHaveLength(1);
  });
});

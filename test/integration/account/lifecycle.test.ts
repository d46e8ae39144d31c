import type { ProfileView, SessionView } from '../../../cloudfunctions/lib/contract/account';
import { ALICE, BOB, accountCloud } from './account-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = accountCloud();
const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** Moves a stored time into the past, as the calendar would (the console's access, not the person's). */
async function backdate(env: string, collection: string, where: Record<string, unknown>, field: string): Promise<void> {
  await t
    .db(env)
    .collection(collection)
    .where(where)
    .update({ data: { [field]: Date.now() - 1000 } });
}

describe('account lifecycle (real SDK, local cloud)', () => {
  it('a session ends when it expires', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    await backdate(env, 'sessions', { openid: ALICE.openid }, 'expiresAt');
    expect((await t.data<SessionView>(env, ALICE.openid, 'session')).signedIn).toBe(false);
    expect(await t.code(env, ALICE.openid, 'profile')).toBe('ACCOUNT.NOT_SIGNED_IN');
  });

  it('the real name and document cannot be changed by the person', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    for (const input of [
      { realName: '李四' },
      { document: { type: 'passport', number: 'E12345678' } },
      { documentType: 'passport' },
    ]) {
      expect(await t.code(env, ALICE.openid, 'updateProfile', input)).toBe('REQUEST.INVALID_INPUT');
    }
    const profile = await t.data<ProfileView>(env, ALICE.openid, 'profile');
    expect(profile.realName).toBe('**文');
    expect(profile.document.type).toBe('residence-permit');
  });

  it('resets a forgotten password after face re-verification, from the bound WeChat only', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, BOB);
    await t.agree(env, BOB.openid, ['face-verification']);
    await t.agree(env, 'oSomeoneElse01', ['face-verification', 'id-number']);
    expect(await t.code(env, 'oSomeoneElse01', 'startFaceVerification', { purpose: 'reset' })).toBe(
      'ACCOUNT.NOT_FOUND',
    );
    const reset = async (localStandIn: string) => {
      const { verifyId } = await t.data<{ verifyId: string }>(env, BOB.openid, 'startFaceVerification', {
        purpose: 'reset',
      });
      return t.code(env, BOB.openid, 'resetPassword', {
        face: { verifyId, localStandIn },
        newPassword: 'Fresh-Start-2027',
      });
    };
    expect(await reset('mismatch')).toBe('FACE.MISMATCH');
    expect(await reset('success')).toBe('OK');
    expect(await t.code(env, BOB.openid, 'profile')).toBe('ACCOUNT.NOT_SIGNED_IN');
    expect(
      await t.code(env, BOB.openid, 'signIn', { accountName: BOB.accountName, password: 'Fresh-Start-2027' }),
    ).toBe('OK');
  });

  it('after the cooling-off period the account is closed and its personal information deleted', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    await t.data(env, ALICE.openid, 'updateProfile', { address: '澳门氹仔广东大马路1号', contact: 'chan@example.mo' });
    await t.data(env, ALICE.openid, 'requestCancellation', { password: ALICE.password });
    await backdate(env, 'accounts', { accountName: ALICE.accountName }, 'cancellationEffectiveAt');

    expect(
      await t.code(env, ALICE.openid, 'signIn', { accountName: ALICE.accountName, password: ALICE.password }),
    ).toBe('ACCOUNT.CREDENTIALS_INVALID');
    const [closed] = await t.find<Record<string, unknown>>(env, 'accounts');
    expect(closed).toMatchObject({
      statusState: 'cancelled',
      openid: null,
      realName: null,
      documentNumber: null,
      documentIndex: null,
      mobileNumber: null,
      mobileIndex: null,
      address: null,
      contact: null,
      birthDate: null,
      passwordHash: '',
    });
    expect(await t.find(env, COLLECTIONS.wechatBindings)).toEqual([]);
    // Kept as the law requires: the audit trail and the consent ledger.
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'account.close' })).toHaveLength(1);
    expect((await t.find(env, COLLECTIONS.consents, { openid: ALICE.openid })).length).toBeGreaterThan(0);
    // The name and the document are free again.
    expect((await t.register(env, ALICE)).ok).toBe(true);
    const bytes = t.databaseBytes();
    for (const secret of [ALICE.document.number, ALICE.mobile.number, utf8(ALICE.realName), 'chan@example.mo']) {
      expect(bytes).not.toContain(secret);
    }
  });
});

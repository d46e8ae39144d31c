import type { ProfileView, SessionView, SignInOutput } from '../../../cloudfunctions/lib/contract/account';
import { ALICE, BOB, accountCloud } from './account-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = accountCloud();
const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

describe('account: register, sign in, sign out (real SDK, local cloud)', () => {
  it('registers bound to the WeChat identity and shows only masked information', async () => {
    const env = t.cloud().freshEnv();
    const registered = await t.register(env, ALICE);
    expect(registered.ok).toBe(true);
    const profile = await t.data<ProfileView>(env, ALICE.openid, 'profile');
    expect(profile).toMatchObject({
      accountName: 'chan_tai_man',
      realName: '**文',
      document: { type: 'residence-permit', number: '8200**********0021', region: 'MO' },
      mobile: { countryCode: '+853', number: '66****56' },
      verification: { level: 'document-checked', faceVerifiedAt: null },
      status: { state: 'active', reason: null, until: null },
      roles: ['user'],
    });
    const text = JSON.stringify(profile);
    for (const secret of [ALICE.document.number, ALICE.mobile.number, ALICE.realName])
      expect(text).not.toContain(secret);
  });

  it('keeps no plaintext document number, mobile or name anywhere in the database file', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    await t.register(env, BOB);
    await t.data(env, BOB.openid, 'updateProfile', {
      mobile: { countryCode: '+852', number: '51234567' },
      password: BOB.password,
      address: '澳门氹仔广东大马路1号',
    });
    const bytes = t.databaseBytes();
    expect(bytes).toContain('chan_tai_man');
    for (const secret of [
      ALICE.document.number,
      ALICE.mobile.number,
      BOB.document.number,
      BOB.mobile.number,
      '51234567',
      utf8(ALICE.realName),
      utf8(BOB.realName),
      utf8('澳门氹仔广东大马路1号'),
    ]) {
      expect(bytes).not.toContain(secret);
    }
  });

  it('records the agreement and the separate document-number consent in the consent ledger', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    const entries = await t.find<{ subject: { kind: string; documentId?: string; purpose?: string } }>(
      env,
      COLLECTIONS.consents,
      {
        openid: ALICE.openid,
      },
    );
    expect(entries.map((e) => e.subject.purpose ?? e.subject.documentId).sort()).toEqual([
      'id-number',
      'privacy-policy',
      'user-agreement',
    ]);
  });

  it('signs out, and signs in again from the bound WeChat identity', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    expect((await t.data<SessionView>(env, ALICE.openid, 'session')).signedIn).toBe(true);
    await t.data(env, ALICE.openid, 'signOut');
    expect(await t.data<SessionView>(env, ALICE.openid, 'session')).toEqual({
      signedIn: false,
      expiresAt: null,
      profile: null,
    });
    expect(await t.code(env, ALICE.openid, 'profile')).toBe('ACCOUNT.NOT_SIGNED_IN');
    const signedIn = await t.signIn(env, ALICE.openid, ALICE);
    expect(signedIn.ok).toBe(true);
    const expiresAt = Date.parse((signedIn as { data: SignInOutput }).data.sessionExpiresAt);
    expect(expiresAt - Date.now()).toBeGreaterThan(29.9 * 86_400_000);
  });

  it('refuses a second account for the same WeChat identity, the same name or the same document', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    expect(await t.register(env, { ...BOB, openid: ALICE.openid })).toMatchObject({
      error: { code: 'ACCOUNT.WECHAT_ALREADY_BOUND' },
    });
    expect(await t.register(env, { ...BOB, accountName: ALICE.accountName })).toMatchObject({
      error: { code: 'ACCOUNT.NAME_UNAVAILABLE' },
    });
    expect(await t.register(env, { ...BOB, document: ALICE.document })).toMatchObject({
      error: { code: 'ACCOUNT.DOCUMENT_REGISTERED' },
    });
  });

  it('refuses sign-in from another WeChat identity and alerts the owner in their inbox', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    // The stranger passed the agreement gate on their own phone, as everyone does.
    await t.agree(env, 'oStranger0001');
    const refused = await t.signIn(env, 'oStranger0001', ALICE);
    expect(refused).toMatchObject({ ok: false, error: { code: 'ACCOUNT.BOUND_ELSEWHERE' } });
    expect(await t.code(env, 'oStranger0001', 'profile')).toBe('ACCOUNT.NOT_SIGNED_IN');
    const [account] = await t.find<{
      _id: string;
    }>(env, COLLECTIONS.accounts, { accountName: ALICE.accountName });
    const inbox = await t.find(env, COLLECTIONS.messages, { accountId: account?._id });
    expect(inbox).toEqual([expect.objectContaining({ kind: 'security.sign-in-elsewhere', title: '账号登录提醒' })]);
  });

  it('answers an unknown account name exactly as a wrong password', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    const unknown = await t.signIn(env, ALICE.openid, { accountName: 'no_such_user', password: 'Whatever-1' });
    const wrong = await t.signIn(env, ALICE.openid, { accountName: ALICE.accountName, password: 'Whatever-1' });
    expect(unknown).toEqual(wrong);
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT.CREDENTIALS_INVALID', message: '账号或密码不正确' },
    });
  });
});

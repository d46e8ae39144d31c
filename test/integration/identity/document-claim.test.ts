/**
 * Issue 15, finding 7, through the real SDK: someone registers with a stranger's valid document
 * number and any name. The real owner registers as the document's claimant; once their real name
 * is verified (WeChat face check for a mainland ID card, staff from a document photo otherwise)
 * the document moves to them, the other account is frozen and told, and an admin closes it.
 */
import type { ProfileView } from '../../../cloudfunctions/lib/contract/account';
import { CONSENT, type Person } from '../account/account-cloud';
import { BOB, DAVE, STAFF, requestsCloud } from '../requests/requests-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = requestsCloud();

const impostor = (openid: string, accountName: string, real: Person): Person => ({
  ...real,
  openid,
  accountName,
  password: 'Stolen-Number-7',
  realName: '冒用者',
  mobile: { countryCode: '+86', number: '13600000000' },
});
const MALLORY = impostor('oMallory00001', 'mallory_fake', BOB);
const MAX = impostor('oMaxImpostor1', 'max_fake', DAVE);

interface Stored {
  _id: string;
  statusState: string;
  documentIndex: string | null;
  openid: string | null;
}
const account = async (env: string, accountName: string) =>
  (await t.find<Stored>(env, COLLECTIONS.accounts, { accountName }))[0];

describe('a stranger’s document: the real owner claims it (finding 7)', () => {
  let env: string;
  beforeAll(async () => {
    env = t.cloud().freshEnv();
    await t.people(env, [STAFF]);
    await t.setRoles(env, STAFF, ['user', 'staff', 'reviewer', 'admin']);
    for (const p of [MALLORY, MAX]) expect(await t.code(env, p.openid, 'register', registration(p))).toBe('OK');
  });

  const registration = (p: Person, extra: object = {}) => {
    const { openid: _openid, ...rest } = p;
    return { ...rest, consent: CONSENT, documentConsent: true, ...extra };
  };

  it('the owner of a mainland ID card claims it by face: the impostor is frozen and told', async () => {
    expect(await t.code(env, BOB.openid, 'register', registration(BOB))).toBe('ACCOUNT.DOCUMENT_REGISTERED');
    expect(await t.code(env, BOB.openid, 'register', registration(BOB, { claimDocument: true }))).toBe('OK');
    const claimant = await account(env, BOB.accountName);
    expect(claimant?.documentIndex).toBeNull(); // not theirs until verified

    await t.faceVerify(env, BOB);
    const [bob, mallory] = [await account(env, BOB.accountName), await account(env, MALLORY.accountName)];
    expect(mallory).toMatchObject({ statusState: 'suspended', documentIndex: null });
    expect(bob?.documentIndex).toEqual(expect.any(String));
    expect(await t.code(env, MALLORY.openid, 'profile')).toBe('ACCOUNT.SUSPENDED');
    const told = await t.find<{ title: string }>(env, COLLECTIONS.messages, { accountId: mallory?._id });
    expect(told.map((m) => m.title)).toContain('账号已冻结');
    const audited = await t.find<{ action: string }>(env, COLLECTIONS.auditLog, { target: bob?._id });
    expect(audited.map((a) => a.action)).toContain('account.document-claimed');
    // A third registration with the number is refused again: the document is the owner's now.
    const third = impostor('oThirdTry0001', 'third_try', BOB);
    expect(await t.code(env, third.openid, 'register', registration(third))).toBe('ACCOUNT.DOCUMENT_REGISTERED');
  });

  it('the owner of a travel permit claims it through the staff check', async () => {
    expect(await t.code(env, DAVE.openid, 'register', registration(DAVE, { claimDocument: true }))).toBe('OK');
    await t.staffVerify(env, DAVE);
    expect(await account(env, MAX.accountName)).toMatchObject({ statusState: 'suspended', documentIndex: null });
    const profile = await t.accountData<ProfileView>(env, DAVE.openid, 'profile');
    expect(profile.verification.level).toBe('staff-verified');
  });

  it('an admin closes the impersonating account, audited; the owner is told; staff without admin cannot', async () => {
    await t.setRoles(env, STAFF, ['user', 'staff', 'reviewer']);
    const input = { accountName: MALLORY.accountName, reason: '冒用他人身份证件登记' };
    expect(await t.code(env, STAFF.openid, 'closeImpersonator', input)).toBe('ACCOUNT.FORBIDDEN');
    await t.setRoles(env, STAFF, ['user', 'staff', 'reviewer', 'admin']);
    expect(await t.code(env, STAFF.openid, 'closeImpersonator', input)).toBe('OK');

    expect(await account(env, MALLORY.accountName)).toBeUndefined();
    const closed = await t.find<Stored & { realName: unknown }>(env, COLLECTIONS.accounts, {
      statusState: 'cancelled',
    });
    expect(closed).toEqual([expect.objectContaining({ openid: null, realName: null, documentIndex: null })]);
    const audited = await t.find<{ action: string; details: { reason: string } }>(env, COLLECTIONS.auditLog, {
      action: 'account.impersonator-closed',
    });
    expect(audited).toEqual([expect.objectContaining({ details: expect.objectContaining({ reason: input.reason }) })]);
    const bob = await account(env, BOB.accountName);
    const told = await t.find<{ title: string }>(env, COLLECTIONS.messages, { accountId: bob?._id });
    expect(told.map((m) => m.title)).toContain('冒用您证件的账号已注销');
    // The impostor's WeChat binding went with the account; one the owner's face proved is not closed so.
    expect(await t.find(env, COLLECTIONS.wechatBindings, { _id: MALLORY.openid })).toEqual([]);
    const proved = { accountName: BOB.accountName, reason: '冒用他人身份证件登记' };
    expect(await t.code(env, STAFF.openid, 'closeImpersonator', proved)).toBe('ACCOUNT.FACE_VERIFIED_OWNER');
  });
});

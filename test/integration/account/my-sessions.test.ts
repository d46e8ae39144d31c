/**
 * Issue 15, My sessions and "my account was stolen", through the real functions against the local
 * cloud. Identity is WeChat's (OPENID) only; a device names which of its identity's sessions it is
 * with the handle its sign-in answered (`event.session`), as the mini-program's transport sends it.
 */
import type { SignInOutput } from '../../../cloudfunctions/lib/contract/account';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import type { MySessionView } from '../../../cloudfunctions/lib/contract/sessions';
import { codeOf } from '../../support/call-as';
import { setRoles } from '../../support/set-roles';
import { ALICE, BOB, CONSENT, STAFF, accountCloud, type Person } from './account-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = accountCloud();
const PHONE = { model: 'iPhone 15', platform: 'ios' };
const PC = { model: 'microsoft', platform: 'windows' };

/** One call as `openid` from the device holding `session` (none: a device that holds no handle). */
async function fromDevice<T>(env: string, p: Person, session: string | null, action: string, input?: unknown) {
  const data = session ? { action, input, session } : { action, input };
  const response = (await t.cloud().sdk({ env, openid: p.openid }).callFunction({ name: 'account', data })) as {
    result: unknown;
  };
  return response.result as Result<T>;
}

/** Registers on the phone, then signs in on the PC with the same WeChat: two handles. */
async function twoDevices(env: string, p: Person): Promise<{ phone: string; pc: string }> {
  const { openid, ...rest } = p;
  void openid;
  const registered = await fromDevice<SignInOutput>(env, p, null, 'register', {
    ...rest,
    consent: CONSENT,
    documentConsent: true,
    device: PHONE,
  });
  if (!registered.ok) throw new Error(registered.error.code);
  const signedIn = await fromDevice<SignInOutput>(env, p, null, 'signIn', {
    accountName: p.accountName,
    password: p.password,
    device: PC,
  });
  if (!signedIn.ok) throw new Error(signedIn.error.code);
  return { phone: registered.data.sessionId, pc: signedIn.data.sessionId };
}

describe('my sessions (real SDK, local cloud)', () => {
  it('lists both devices with their names, this one marked, and ending the other signs out that device only', async () => {
    const env = t.cloud().freshEnv();
    const { phone, pc } = await twoDevices(env, BOB);
    expect(phone).not.toBe(pc);

    const listed = await fromDevice<MySessionView[]>(env, BOB, phone, 'mySessions');
    expect(listed.ok && listed.data.map((s) => [s.device, s.current])).toEqual([
      ['microsoft · windows', false],
      ['iPhone 15 · ios', true],
    ]);
    expect(listed.ok && listed.data.every((s) => !Number.isNaN(Date.parse(s.lastUsedAt)))).toBe(true);

    expect(codeOf(await fromDevice(env, BOB, phone, 'endSession', { id: pc }))).toBe('OK');
    expect(codeOf(await fromDevice(env, BOB, pc, 'profile'))).toBe('ACCOUNT.NOT_SIGNED_IN');
    expect(codeOf(await fromDevice(env, BOB, phone, 'profile'))).toBe('OK');
    const after = await fromDevice<MySessionView[]>(env, BOB, phone, 'mySessions');
    expect(after.ok && after.data.map((s) => s.id)).toEqual([phone]);
    const ended = await t.find<{ endReason: string }>(env, COLLECTIONS.sessions, { _id: pc });
    expect(ended.map((s) => s.endReason)).toEqual(['ended-by-owner']);
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'account.session-ended' })).toHaveLength(1);

    // Ending it again, or someone else's, finds nothing of mine.
    expect(codeOf(await fromDevice(env, BOB, phone, 'endSession', { id: pc }))).toBe('SESSION.NOT_FOUND');
  });

  it("cannot end another person's session, and a malformed handle is refused", async () => {
    const env = t.cloud().freshEnv();
    const bob = await twoDevices(env, BOB);
    const alice = await twoDevices(env, ALICE);
    expect(codeOf(await fromDevice(env, BOB, bob.phone, 'endSession', { id: alice.pc }))).toBe('SESSION.NOT_FOUND');
    expect(codeOf(await fromDevice(env, ALICE, alice.pc, 'profile'))).toBe('OK');
    // Alice's handle sent from Bob's WeChat names no session of Bob's.
    expect(codeOf(await fromDevice(env, BOB, alice.pc, 'profile'))).toBe('ACCOUNT.NOT_SIGNED_IN');
    expect(codeOf(await fromDevice(env, BOB, 'x', 'profile'))).toBe('REQUEST.INVALID_EVENT');
  });

  it('ends every other session and keeps this one', async () => {
    const env = t.cloud().freshEnv();
    const { phone, pc } = await twoDevices(env, BOB);
    const ended = await fromDevice<{ ended: number }>(env, BOB, pc, 'endOtherSessions');
    expect(ended).toEqual({ ok: true, data: { ended: 1 } });
    expect(codeOf(await fromDevice(env, BOB, phone, 'profile'))).toBe('ACCOUNT.NOT_SIGNED_IN');
    expect(codeOf(await fromDevice(env, BOB, pc, 'profile'))).toBe('OK');
  });
});

describe('my account was stolen (real SDK, local cloud)', () => {
  it('freezes from the bound WeChat at once: every session ends, sign-in and actions are refused, the owner is told', async () => {
    const env = t.cloud().freshEnv();
    const { phone, pc } = await twoDevices(env, BOB);
    expect(await fromDevice(env, BOB, phone, 'freezeStolen')).toEqual({ ok: true, data: { frozen: true } });

    for (const handle of [phone, pc])
      expect(codeOf(await fromDevice(env, BOB, handle, 'profile'))).toBe('ACCOUNT.NOT_SIGNED_IN');
    const signIn = await t.signIn(env, BOB.openid, BOB);
    expect(codeOf(signIn)).toBe('ACCOUNT.FROZEN');
    expect(await t.find(env, COLLECTIONS.sessions, { endedAt: null })).toEqual([]);
    expect(await t.find(env, COLLECTIONS.messages, { kind: 'security.account-frozen' })).toHaveLength(1);
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'account.frozen-stolen' })).toHaveLength(1);
    // A WeChat identity bound to no account has nothing to freeze.
    expect(await t.code(env, 'oNobody000001', 'freezeStolen')).toBe('ACCOUNT.NOT_FOUND');
  });

  it('staff unfreeze after checking identity; the owner signs in again', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, BOB);
    await t.register(env, STAFF);
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff']);
    await t.data(env, BOB.openid, 'freezeStolen');
    expect(await t.code(env, BOB.openid, 'signIn', { accountName: BOB.accountName, password: BOB.password })).toBe(
      'ACCOUNT.FROZEN',
    );
    await t.data(env, STAFF.openid, 'setStatus', {
      accountName: BOB.accountName,
      state: 'active',
      reason: '已当面核验本人身份',
    });
    expect(codeOf(await t.signIn(env, BOB.openid, BOB))).toBe('OK');
  });

  it("a staff member's session shows their last call: one field, lastUsedAt, touched on every staff call", async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, STAFF);
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff']);
    const [session] = await t.find<{ _id: string }>(env, COLLECTIONS.sessions, { endedAt: null });
    // Two minutes ago: inside the 5 minutes other sessions wait between touches.
    const earlier = Date.now() - 2 * 60_000;
    await t
      .db(env)
      .collection(COLLECTIONS.sessions)
      .doc(session?._id ?? '')
      .update({ data: { lastUsedAt: earlier } });
    expect(await t.code(env, STAFF.openid, 'profile')).toBe('OK');
    const listed = await t.data<MySessionView[]>(env, STAFF.openid, 'mySessions');
    expect(Date.parse(listed[0]?.lastUsedAt ?? '')).toBeGreaterThan(earlier + 60_000);
    const [stored] = await t.find(env, COLLECTIONS.sessions, { _id: session?._id });
    expect(stored).not.toHaveProperty('lastSeenAt');
  });

  it('staff can freeze too, which ends the sessions', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, BOB);
    await t.register(env, STAFF);
    await setRoles(t.db(env), STAFF.accountName, ['user', 'staff']);
    await t.data(env, STAFF.openid, 'setStatus', {
      accountName: BOB.accountName,
      state: 'frozen',
      reason: '他人报告账号被盗',
    });
    expect(await t.code(env, BOB.openid, 'profile')).toBe('ACCOUNT.NOT_SIGNED_IN');
    expect(await t.code(env, BOB.openid, 'signIn', { accountName: BOB.accountName, password: BOB.password })).toBe(
      'ACCOUNT.FROZEN',
    );
  });

  it('the owner unfreezes by face verification from the bound WeChat, and only a frozen account', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, BOB);
    await t.agree(env, BOB.openid, ['face-verification']);
    expect(await t.code(env, BOB.openid, 'startFaceVerification', { purpose: 'unfreeze' })).toBe('ACCOUNT.NOT_FROZEN');
    await t.data(env, BOB.openid, 'freezeStolen');
    const { verifyId } = await t.data<{ verifyId: string }>(env, BOB.openid, 'startFaceVerification', {
      purpose: 'unfreeze',
    });
    expect(await t.code(env, BOB.openid, 'unfreeze', { verifyId, localStandIn: 'mismatch' })).toBe('FACE.MISMATCH');
    expect(await t.code(env, BOB.openid, 'signIn', { accountName: BOB.accountName, password: BOB.password })).toBe(
      'ACCOUNT.FROZEN',
    );
    const again = await t.data<{ verifyId: string }>(env, BOB.openid, 'startFaceVerification', { purpose: 'unfreeze' });
    expect(await t.data(env, BOB.openid, 'unfreeze', { verifyId: again.verifyId, localStandIn: 'success' })).toEqual({
      unfrozen: true,
    });
    expect(codeOf(await t.signIn(env, BOB.openid, BOB))).toBe('OK');
    expect(await t.find(env, COLLECTIONS.auditLog, { action: 'account.unfrozen' })).toHaveLength(1);
  });
});

import type { ProfileView } from '../../../cloudfunctions/lib/contract/account';
import { ERROR_MESSAGES } from '../../../cloudfunctions/lib/errors/codes';
import { ALICE, BOB, STAFF, accountCloud } from './account-cloud';
import { COLLECTIONS } from '../../../config/cloud/collections';

const t = accountCloud();

async function started(env: string, openid: string, input: Record<string, unknown> = { purpose: 'verify' }) {
  return (await t.data<{ verifyId: string }>(env, openid, 'startFaceVerification', input)).verifyId;
}

describe('face verification: getVerifyId → requestFacialVerify → queryVerifyInfo (real SDK, local stand-in)', () => {
  it('raises a mainland ID holder to face-verified and keeps only the result and its time', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, BOB);
    await t.agree(env, BOB.openid, ['face-verification']);
    const verifyId = await started(env, BOB.openid);
    const profile = await t.data<ProfileView>(env, BOB.openid, 'confirmFaceVerification', {
      verifyId,
      localStandIn: 'success',
    });
    expect(profile.verification).toEqual({ level: 'face-verified', faceVerifiedAt: expect.any(String) });
    const [account] = await t.find<Record<string, unknown>>(env, 'accounts');
    const kept = Object.entries(account ?? {}).filter(([k, value]) => /face/i.test(k) && value !== null);
    expect(kept.map(([k]) => k)).toEqual(['faceVerifiedAt']);
  });

  it('uses a verify id once: a second confirm with it is refused', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, BOB);
    await t.agree(env, BOB.openid, ['face-verification']);
    const verifyId = await started(env, BOB.openid);
    expect(await t.code(env, BOB.openid, 'confirmFaceVerification', { verifyId, localStandIn: 'mismatch' })).toBe(
      'FACE.MISMATCH',
    );
    expect(await t.code(env, BOB.openid, 'confirmFaceVerification', { verifyId, localStandIn: 'success' })).toBe(
      'FACE.SESSION_INVALID',
    );
  });

  it('refuses an expired verify id', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, BOB);
    await t.agree(env, BOB.openid, ['face-verification']);
    const verifyId = await started(env, BOB.openid);
    // Ten minutes pass: the stored expiry moved into the past, as the console could.
    await t
      .db(env)
      .collection(COLLECTIONS.accounts)
      .where({ accountName: BOB.accountName })
      .update({ data: { faceExpiresAt: Date.now() - 1000 } });
    expect(await t.code(env, BOB.openid, 'confirmFaceVerification', { verifyId, localStandIn: 'success' })).toBe(
      'FACE.SESSION_EXPIRED',
    );
  });

  it("refuses another person's verify id", async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, BOB);
    await t.register(env, STAFF);
    await t.agree(env, BOB.openid, ['face-verification']);
    await t.agree(env, STAFF.openid, ['face-verification']);
    const bobs = await started(env, BOB.openid);
    expect(
      await t.code(env, STAFF.openid, 'confirmFaceVerification', { verifyId: bobs, localStandIn: 'success' }),
    ).toBe('FACE.SESSION_INVALID');
    const [staff] = await t.find<{ verificationLevel: string }>(env, COLLECTIONS.accounts, {
      accountName: STAFF.accountName,
    });
    expect(staff?.verificationLevel).not.toBe('face-verified');
  });

  it('refuses a residence-permit holder with FACE.DOCUMENT_NOT_SUPPORTED and leads to staff verification', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, ALICE);
    await t.agree(env, ALICE.openid, ['face-verification']);
    const result = await t.call(env, ALICE.openid, 'startFaceVerification', { purpose: 'verify' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'FACE.DOCUMENT_NOT_SUPPORTED', message: ERROR_MESSAGES['FACE.DOCUMENT_NOT_SUPPORTED'] },
    });
    expect(ERROR_MESSAGES['FACE.DOCUMENT_NOT_SUPPORTED']).toMatch(/工作人员核验/);
    const [account] = await t.find<Record<string, unknown>>(env, 'accounts');
    expect(account?.faceVerifyId ?? null).toBeNull();
  });

  it('moves the binding when the owner re-verifies from a new WeChat, and a failed check needs a new start', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, BOB);
    // The new phone is a new WeChat identity: it agrees at the gate and to the face check itself.
    await t.agree(env, 'oBobNewPhone', ['face-verification', 'id-number']);
    const owner = { accountName: BOB.accountName, password: BOB.password };
    const rebind = async (localStandIn: string) => {
      const verifyId = await started(env, 'oBobNewPhone', { purpose: 'rebind', ...owner });
      return t.code(env, 'oBobNewPhone', 'rebind', { ...owner, face: { verifyId, localStandIn } });
    };
    expect(await rebind('cancelled')).toBe('FACE.CANCELLED');
    expect(await rebind('failed')).toBe('FACE.FAILED');
    expect(await rebind('success')).toBe('OK');
    expect(await t.code(env, BOB.openid, 'profile')).toBe('ACCOUNT.NOT_SIGNED_IN');
    const bindings = await t.find<{ _id: string; via: string }>(env, COLLECTIONS.wechatBindings);
    expect(bindings).toEqual([expect.objectContaining({ _id: 'oBobNewPhone', via: 'face-reverification' })]);
  });

  it('lets a face-verified account request cancellation only with a confirmed verify id started for cancel', async () => {
    const env = t.cloud().freshEnv();
    await t.register(env, BOB);
    await t.agree(env, BOB.openid, ['face-verification']);
    const raised = await started(env, BOB.openid);
    await t.data(env, BOB.openid, 'confirmFaceVerification', { verifyId: raised, localStandIn: 'success' });
    const password = BOB.password;
    expect(await t.code(env, BOB.openid, 'requestCancellation', { password })).toBe('FACE.REQUIRED');
    const forVerify = await started(env, BOB.openid);
    const face = { verifyId: forVerify, localStandIn: 'success' };
    expect(await t.code(env, BOB.openid, 'requestCancellation', { password, face })).toBe('FACE.SESSION_INVALID');
    const cancel = async (localStandIn: string) => {
      const verifyId = await started(env, BOB.openid, { purpose: 'cancel' });
      return t.code(env, BOB.openid, 'requestCancellation', { password, face: { verifyId, localStandIn } });
    };
    expect(await cancel('mismatch')).toBe('FACE.MISMATCH');
    const [pending] = await t.find<{ cancellationPending?: boolean }>(env, COLLECTIONS.accounts);
    expect(pending?.cancellationPending ?? false).toBe(false);
    expect(await cancel('success')).toBe('OK');
    const [account] = await t.find<{ cancellationPending: boolean }>(env, COLLECTIONS.accounts);
    expect(account?.cancellationPending).toBe(true);
    expect(await t.code(env, BOB.openid, 'profile')).toBe('ACCOUNT.NOT_SIGNED_IN');
  });
});

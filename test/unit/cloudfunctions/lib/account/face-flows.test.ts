import { rebindWechat } from '../../../../../cloudfunctions/lib/account/face-actions';
import { startFaceVerification } from '../../../../../cloudfunctions/lib/account/face-start';
import { registerAccount } from '../../../../../cloudfunctions/lib/account/register-account';
import { getProfile } from '../../../../../cloudfunctions/lib/account/session-actions';
import { signIn } from '../../../../../cloudfunctions/lib/account/sign-in';
import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';
import { ctxFor, memoryDeps, registration } from './memory-deps';

const T0 = new Date('2026-11-29T02:00:00Z');
const OWNER = 'o-owner';
const OTHER = 'o-other';
const MAINLAND = { realName: '黄小明', document: { type: 'resident-id', number: '440104199003071239' } };
const input = { accountName: 'chan_tai_man', password: 'Hengqin-2026' };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'OK';
}

describe('face verification use cases (two steps around the device)', () => {
  it('rebinds after a passed check, and each failed check needs a new verify id', async () => {
    const { deps, stores } = memoryDeps();
    await registerAccount(registration(MAINLAND), ctxFor(OWNER, T0), deps);
    const start = async () =>
      (await startFaceVerification({ purpose: 'rebind', ...input }, ctxFor(OTHER, T0), deps)).verifyId;
    const rebind = async (localStandIn: 'success' | 'mismatch' | 'cancelled' | 'failed') =>
      codeOf(rebindWechat({ ...input, face: { verifyId: await start(), localStandIn } }, ctxFor(OTHER, T0), deps));
    expect(await rebind('mismatch')).toBe('FACE.MISMATCH');
    expect(await rebind('cancelled')).toBe('FACE.CANCELLED');
    expect(await rebind('failed')).toBe('FACE.FAILED');
    const verifyId = await start();
    const out = await rebindWechat({ ...input, face: { verifyId, localStandIn: 'success' } }, ctxFor(OTHER, T0), deps);
    expect(out.profile.verification.level).toBe('face-verified');
    expect(stores.bindings.all().map((b) => b._id)).toEqual([OTHER]);
    expect(await codeOf(getProfile(ctxFor(OWNER, T0), deps))).toBe('ACCOUNT.NOT_SIGNED_IN');
    expect(await codeOf(signIn(input, ctxFor(OWNER, T0), deps))).toBe('ACCOUNT.BOUND_ELSEWHERE');
  });

  it('refuses a residence-permit holder before any call to the verifier', async () => {
    const { deps } = memoryDeps();
    await registerAccount(registration(), ctxFor(OWNER, T0), deps);
    const startSpy = jest.spyOn(deps.face, 'start');
    expect(await codeOf(startFaceVerification({ purpose: 'verify' }, ctxFor(OWNER, T0), deps))).toBe(
      'FACE.DOCUMENT_NOT_SUPPORTED',
    );
    expect(await codeOf(startFaceVerification({ purpose: 'rebind', ...input }, ctxFor(OTHER, T0), deps))).toBe(
      'FACE.DOCUMENT_NOT_SUPPORTED',
    );
    expect(startSpy).not.toHaveBeenCalled();
  });
});

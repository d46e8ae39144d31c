import { randomBytes } from 'node:crypto';
import type { FaceOutcome, FaceResultQuery, FaceSubject, FaceVerifier, StartedFaceCheck } from './face-verifier';
import { newOutSeqNo } from './face-verifier';

/**
 * LOCAL STAND-IN, never deployed as the verifier: WeChat's two steps without WeChat. start() hands
 * out a verify id as getVerifyId would (good for WeChat's default 3600 s); result() answers what
 * the browser's stand-in reported for it, as queryVerifyInfo answers what WeChat's SDK reported.
 * Production sets QYB_FACE_VERIFIER=wechat.
 */
export const LOCAL_STAND_IN_PREFIX = 'local-stand-in:';
const EXPIRES_MS = 3600 * 1000;

export class LocalFaceVerifierStandIn implements FaceVerifier {
  readonly name = 'local-stand-in';

  constructor(private readonly serial: () => string = newOutSeqNo) {}

  async start(_subject: FaceSubject, now: number): Promise<StartedFaceCheck> {
    const verifyId = `${LOCAL_STAND_IN_PREFIX}${randomBytes(16).toString('hex')}`;
    return { verifyId, outSeqNo: this.serial(), expiresAt: now + EXPIRES_MS };
  }

  async result(query: FaceResultQuery): Promise<FaceOutcome> {
    if (!query.verifyId.startsWith(LOCAL_STAND_IN_PREFIX)) return 'service-error';
    switch (query.localStandIn) {
      case 'success':
        return 'verified';
      case 'mismatch':
        return 'mismatch';
      case 'cancelled':
        return 'cancelled';
      case 'failed':
        return 'failed';
      default:
        return 'unfinished';
    }
  }
}

import type { FaceCheckRequest, FaceOutcome, FaceVerifier } from './face-verifier';
import { FACE_DOCUMENT_TYPES } from './face-verifier';

/**
 * LOCAL STAND-IN, never deployed as the verifier: behaves like WeChat's face verification without
 * a camera or WeChat's service. The device-side stand-in hands back `local-stand-in:<outcome>`;
 * tests and the e2e stories choose the outcome. Production sets QYB_FACE_VERIFIER=wechat.
 */
export const LOCAL_STAND_IN_PREFIX = 'local-stand-in:';
export const STAND_IN_OUTCOMES = ['success', 'mismatch', 'cancelled', 'service-error'] as const;

export class LocalFaceVerifierStandIn implements FaceVerifier {
  readonly name = 'local-stand-in';

  async check(request: FaceCheckRequest): Promise<FaceOutcome> {
    if (!FACE_DOCUMENT_TYPES.includes(request.documentType)) return 'unsupported-document';
    if (!request.verifyResult.startsWith(LOCAL_STAND_IN_PREFIX)) return 'mismatch';
    switch (request.verifyResult.slice(LOCAL_STAND_IN_PREFIX.length)) {
      case 'success':
        return 'verified';
      case 'cancelled':
        return 'cancelled';
      case 'service-error':
        return 'service-error';
      default:
        return 'mismatch';
    }
  }
}

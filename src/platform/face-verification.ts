import { wxApi } from './wx-api';

/**
 * Face verification on the device (人脸核身). In WeChat, wx.startFacialRecognitionVerify compares
 * the face with the ID photo of the named person and hands back a one-time `verifyResult`, which
 * the cloud checks with WeChat's server. No image ever reaches this app or the cloud.
 */
export type FaceAttempt =
  { outcome: 'done'; verifyResult: string } | { outcome: 'cancelled' } | { outcome: 'unavailable' };

/** WeChat's error codes for a person leaving the verification themselves. */
const CANCEL_CODES = new Set([90100, 90101]);

async function wechatFaceVerification(name: string, idCardNumber: string): Promise<FaceAttempt> {
  try {
    const result = await wxApi.startFacialRecognitionVerify({ name, idCardNumber, checkAliveType: 2 });
    return result.verifyResult ? { outcome: 'done', verifyResult: result.verifyResult } : { outcome: 'unavailable' };
  } catch (error) {
    const { errCode, errMsg } = (error ?? {}) as { errCode?: number; errMsg?: string };
    if ((errCode !== undefined && CANCEL_CODES.has(errCode)) || /cancel/i.test(errMsg ?? ''))
      return { outcome: 'cancelled' };
    return { outcome: 'unavailable' };
  }
}

export const STAND_IN_CHOICES = ['success', 'mismatch', 'cancelled', 'service-error'] as const;

/**
 * LOCAL STAND-IN for the browser build (no camera, no WeChat): the developer or the e2e story picks
 * the outcome; the cloud's LocalFaceVerifierStandIn answers it the same way WeChat would.
 */
async function localFaceVerifierStandIn(labels: readonly string[]): Promise<FaceAttempt> {
  try {
    const { tapIndex } = await wxApi.showActionSheet({ itemList: [...labels] });
    const choice = STAND_IN_CHOICES[tapIndex] ?? 'cancelled';
    return choice === 'cancelled'
      ? { outcome: 'cancelled' }
      : { outcome: 'done', verifyResult: `local-stand-in:${choice}` };
  } catch {
    return { outcome: 'cancelled' };
  }
}

/** Chosen once by the build target, like the cloud transport. */
export function startFaceVerification(
  name: string,
  idCardNumber: string,
  standInLabels: readonly string[],
): Promise<FaceAttempt> {
  return process.env.TARO_ENV === 'h5'
    ? localFaceVerifierStandIn(standInLabels)
    : wechatFaceVerification(name, idCardNumber);
}

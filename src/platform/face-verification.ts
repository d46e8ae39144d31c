import { LOCAL_STAND_IN_OUTCOMES, type LocalStandInOutcome } from '../../cloudfunctions/lib/contract/account';
import { runFacialVerify } from './permissions';
import { wxApi } from './wx-api';

/**
 * Face verification on the device (人脸核身). In WeChat, wx.requestFacialVerify runs the check for
 * the verify id the cloud got from getVerifyId; the result goes to WeChat's server, and the cloud
 * reads it with queryVerifyInfo. No image ever reaches this app or the cloud.
 */
export type FaceAttempt =
  | { outcome: 'done'; localStandIn?: LocalStandInOutcome }
  | { outcome: 'cancelled' }
  | { outcome: 'refused'; readonly message: string }
  | { outcome: 'unavailable' };

/** A refusal whose message is worded when read, like the permissions module's own. */
function refused(failure: { readonly message: string }): FaceAttempt {
  return {
    outcome: 'refused',
    get message() {
      return failure.message;
    },
  };
}

async function wechatFaceVerification(verifyId: string): Promise<FaceAttempt> {
  const result = await runFacialVerify(verifyId);
  if (result.status === 'ok') return { outcome: 'done' };
  if (result.status === 'cancelled') return { outcome: 'cancelled' };
  if (result.status === 'denied') return refused(result);
  return { outcome: 'unavailable' };
}

/**
 * LOCAL STAND-IN for the browser build (no camera, no WeChat): the developer or the e2e story picks
 * the outcome, which the cloud's LocalFaceVerifierStandIn answers as queryVerifyInfo would.
 */
async function localFaceVerifierStandIn(labels: readonly string[]): Promise<FaceAttempt> {
  try {
    const { tapIndex } = await wxApi.showActionSheet({ itemList: [...labels] });
    const choice = LOCAL_STAND_IN_OUTCOMES[tapIndex];
    return choice ? { outcome: 'done', localStandIn: choice } : { outcome: 'cancelled' };
  } catch {
    return { outcome: 'cancelled' };
  }
}

/** Chosen once by the build target, like the cloud transport. */
export function runFaceVerification(verifyId: string, standInLabels: readonly string[]): Promise<FaceAttempt> {
  return process.env.TARO_ENV === 'h5' ? localFaceVerifierStandIn(standInLabels) : wechatFaceVerification(verifyId);
}

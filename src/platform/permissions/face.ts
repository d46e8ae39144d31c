import { wxApi } from '../wx-api';
import { ensure } from './ensure';
import { failed, notGranted, ok, type CapabilityResult } from './result';

/**
 * Step two of WeChat's face verification, on the device: the camera first (refused before, it
 * leads to WeChat's settings), then wx.requestFacialVerify with the verify id the cloud obtained.
 * Success only means the check ran: the cloud asks queryVerifyInfo for the result.
 */
export async function runFacialVerify(verifyId: string): Promise<CapabilityResult<void>> {
  const granted = await ensure('camera');
  if (granted.status !== 'granted') return notGranted(granted);
  try {
    await wxApi.requestFacialVerify({ verifyId });
    return ok(undefined);
  } catch (error) {
    return failed('camera', error);
  }
}

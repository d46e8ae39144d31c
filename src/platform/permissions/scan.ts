import { wxApi } from '../wx-api';
import { failed, ok, type CapabilityResult } from './result';

/**
 * Scans a QR code with WeChat's own scanner (wx.scanCode; developers.weixin.qq.com/miniprogram/dev/
 * api/device/scan/wx.scanCode.html): camera only, not a photo from the album, so a code must be in
 * front of the person. WeChat's scanner asks no scope of ours (scanCode is in neither the authorize
 * scope list nor the privacy-API list); a cancel is a cancel, other failures are reported.
 */
export async function scanQrCode(): Promise<CapabilityResult<string>> {
  try {
    const scanned = await wxApi.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    return ok(scanned.result);
  } catch (error) {
    return failed('camera', error);
  }
}

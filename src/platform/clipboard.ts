import { wxApi } from './wx-api';

/**
 * Copies text for the person to paste elsewhere (an authenticator app's key). True when copied.
 * https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html
 */
export async function copyText(data: string): Promise<boolean> {
  try {
    await wxApi.setClipboardData({ data });
    return true;
  } catch {
    return false;
  }
}

import { wxApi } from './wx-api';

/** Scene 1037: opened by another mini-program, whose extraData and appId WeChat hands over. */
const OPENED_BY_MINI_PROGRAM = 1037;

/**
 * The sign-in request another mini-program sent with wx.navigateToMiniProgram({ extraData }): read
 * from the enter options' referrerInfo, valid for scene 1037 only
 * (https://developers.weixin.qq.com/miniprogram/dev/api/wx.getEnterOptionsSync.html). Null when
 * 琴易办 was not opened that way (a scanned QR or the browser build reads the page query instead).
 */
export function requestFromCaller(): { appId: string; extraData: Record<string, unknown> } | null {
  if (process.env.TARO_ENV === 'h5') return null;
  try {
    const options = wxApi.getEnterOptionsSync();
    const referrer = options.referrerInfo as { appId?: string; extraData?: Record<string, unknown> } | undefined;
    if (options.scene !== OPENED_BY_MINI_PROGRAM || !referrer?.appId || !referrer.extraData) return null;
    return { appId: referrer.appId, extraData: referrer.extraData };
  } catch {
    return null;
  }
}

/**
 * Back to the mini-program that asked, with the answer (the code, or access_denied) as extraData,
 * which it reads in App.onShow (https://developers.weixin.qq.com/miniprogram/dev/api/navigate/wx.navigateBackMiniProgram.html).
 * False when there is no such caller (the call only succeeds when another mini-program opened us).
 */
export async function answerCaller(extraData: Record<string, string>): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') return false;
  try {
    await wxApi.navigateBackMiniProgram({ extraData });
    return true;
  } catch {
    return false;
  }
}

import Taro from '@tarojs/taro';
import { onDemand } from './wx-api-on-demand-load';

/**
 * Every WeChat API the app calls, in one table. Platform modules call `wxApi.x(...)`, never Taro
 * directly, so that (1) a check can list exactly what the app reaches and (2) the e2e build's
 * automator hook can answer `callWxMethod` / `mockWxMethod`. Each entry is a plain `Taro.x` call so
 * Taro's H5 compiler still maps it to its browser implementation; those only a person's action
 * reaches (dialogs, pickers, device capabilities, files) are wx-api-on-demand.ts's, which the
 * browser build loads after the first screen.
 */
/**
 * wx.requestFacialVerify (base library 3.8.12+), missing from Taro's typings and its API table, so
 * called on the `wx` global, typed narrowly. It has no Promise form ("以 Promise 风格调用：不支持").
 * https://developers.weixin.qq.com/miniprogram/dev/api/open-api/face/wx.requestFacialVerify.html
 */
interface FacialVerifyCallbacks {
  verifyId: string;
  success: () => void;
  fail: (error: unknown) => void;
}
declare const wx: { requestFacialVerify?: (option: FacialVerifyCallbacks) => void } | undefined;

function requestFacialVerify(option: { verifyId: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const api = typeof wx === 'undefined' ? undefined : wx.requestFacialVerify;
    if (!api) reject({ errMsg: 'requestFacialVerify:fail not supported' });
    else api({ verifyId: option.verifyId, success: () => resolve(), fail: reject });
  });
}

/**
 * Taro's H5 getStorageSync JSON-parses what localStorage holds, and for a key never written parses ''
 * and catches the SyntaxError: a first launch (no language chosen, no consent yet) threw eight at
 * start-up. A thrown error records its stack; under a debugger (the bench's Chromium, WeChat
 * DevTools) the first one re-parsed all of app.js for source positions, 60–100 ms of the first screen
 * at a 4× CPU throttle (issue 18). A key the browser does not hold answers '' at once, as Taro would.
 */
function getStorageSync(key: string): unknown {
  if (process.env.TARO_ENV === 'h5' && globalThis.localStorage?.getItem(key) === null) return '';
  return Taro.getStorageSync(key);
}

const real = {
  getStorageSync,
  setStorageSync: (key: string, data: unknown): void => Taro.setStorageSync(key, data),
  removeStorageSync: (key: string): void => Taro.removeStorageSync(key),
  navigateTo: (option: Taro.navigateTo.Option) => Taro.navigateTo(option),
  redirectTo: (option: Taro.redirectTo.Option) => Taro.redirectTo(option),
  reLaunch: (option: Taro.reLaunch.Option) => Taro.reLaunch(option),
  navigateBack: (option?: Taro.navigateBack.Option) => Taro.navigateBack(option),
  showToast: onDemand.showToast,
  showModal: onDemand.showModal,
  setNavigationBarTitle: (option: Taro.setNavigationBarTitle.Option) => Taro.setNavigationBarTitle(option),
  // Device capabilities (privacy policy §3.3): only src/platform/permissions uses these entries.
  getSetting: onDemand.getSetting,
  authorize: onDemand.authorize,
  openSetting: onDemand.openSetting,
  getAppAuthorizeSetting: () => Taro.getAppAuthorizeSetting(),
  openAppAuthorizeSetting: onDemand.openAppAuthorizeSetting,
  getLocation: onDemand.getLocation,
  chooseLocation: onDemand.chooseLocation,
  chooseMedia: onDemand.chooseMedia,
  chooseMessageFile: onDemand.chooseMessageFile,
  getRecorderManager: () => Taro.getRecorderManager(),
  makePhoneCall: onDemand.makePhoneCall,
  requestSubscribeMessage: onDemand.requestSubscribeMessage,
  getNetworkType: () => Taro.getNetworkType(),
  onNetworkStatusChange: (callback: Taro.onNetworkStatusChange.Callback) => Taro.onNetworkStatusChange(callback),
  offNetworkStatusChange: (callback: Taro.onNetworkStatusChange.Callback) => Taro.offNetworkStatusChange(callback),
  getFileSystemManager: () => Taro.getFileSystemManager(),
  userDataPath: (): string => Taro.env.USER_DATA_PATH ?? '',
  // Routing and page stack as the automator reaches them (e2e hook; switchTab for automator parity).
  switchTab: (option: Taro.switchTab.Option) => Taro.switchTab(option),
  getCurrentPages: () => Taro.getCurrentPages(),
  getSystemInfoSync: () => Taro.getSystemInfoSync(),
  // Signing in to another mini-program (src/platform/other-mini-program.ts only).
  getEnterOptionsSync: () => Taro.getEnterOptionsSync(),
  navigateBackMiniProgram: onDemand.navigateBackMiniProgram,
  setClipboardData: onDemand.setClipboardData,
  // WeChat privacy authorization and the device facts a consent record keeps: src/platform/privacy.ts, device.ts.
  onNeedPrivacyAuthorization: (listener: Taro.onNeedPrivacyAuthorization.Listener) =>
    Taro.onNeedPrivacyAuthorization(listener),
  getPrivacySetting: onDemand.getPrivacySetting,
  getDeviceInfo: () => Taro.getDeviceInfo(),
  getAppBaseInfo: () => Taro.getAppBaseInfo(),
  // Face verification (人脸核身, uses the camera): only src/platform/permissions/face.ts calls it.
  requestFacialVerify: (option: { verifyId: string }) => requestFacialVerify(option),
  // Scanning a web service's sign-in QR (WeChat's own scanner): only src/platform/permissions/scan.ts.
  scanCode: onDemand.scanCode,
  // The browser's local face stand-in (src/platform/face-verification.ts) picks its outcome here.
  showActionSheet: onDemand.showActionSheet,
  // Viewing a stored document (materials, results) by its temp URL: only
  // src/platform/permissions/file-preview.ts. WeChat only (the browser build shows files in the
  // page, src/components/file-preview): Taro's H5 previewImage brings a whole
  // swiper into the first-screen bundle, so the H5 build compiles this entry away.
  previewImage: (option: Taro.previewImage.Option) =>
    process.env.TARO_ENV === 'h5' ? Promise.reject(new Error('previewImage: WeChat only')) : Taro.previewImage(option),
  downloadFile: onDemand.downloadFile,
  openDocument: onDemand.openDocument,
};

export type WxApi = typeof real;
export type WxApiName = keyof WxApi;

const overrides = new Map<WxApiName, WxApi[WxApiName]>();

export const wxApi: WxApi = new Proxy(real, {
  get(target, name: WxApiName) {
    return overrides.get(name) ?? target[name];
  },
});

export function isWxApiName(name: string): name is WxApiName {
  return Object.prototype.hasOwnProperty.call(real, name);
}

/** Only the e2e hook calls these (see e2e-hooks.ts); production builds never do. */
export function overrideWxApi<K extends WxApiName>(name: K, impl: WxApi[K]): void {
  overrides.set(name, impl);
}

export function restoreWxApi(name?: WxApiName): void {
  if (name) overrides.delete(name);
  else overrides.clear();
}

import { readStored, writeStored } from './storage';
import { wxApi } from './wx-api';

/**
 * WeChat's font size in px (wx.getAppBaseInfo().fontSizeSetting, base library 2.23.4+;
 * https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getAppBaseInfo.html).
 * The standard size is 16 px on Android and 17 px on iOS; undefined where the client cannot say.
 */
export function weChatFontSize(): number | undefined {
  try {
    const size = (wxApi.getAppBaseInfo() as { fontSizeSetting?: unknown }).fontSizeSetting;
    return typeof size === 'number' && Number.isFinite(size) ? size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * From this WeChat font size on, the app starts in 关怀模式: the first step above both platforms'
 * standard sizes (iOS 17 → 20). WeChat does not document a threshold; a person who enlarged the
 * text is taken to want the larger layout, and can turn it off with the 长辈版 switch.
 */
export const CARE_FONT_SIZE_PX = 20;

/** The person's own choice wins; without one, WeChat's font size decides. */
export function careModeAtLaunch(): boolean {
  const chosen = readStored('ui.care');
  if (chosen === true || chosen === false) return chosen;
  const size = weChatFontSize();
  return size !== undefined && size >= CARE_FONT_SIZE_PX;
}

let current: boolean | undefined;
const listeners = new Set<() => void>();

export function careModeOn(): boolean {
  current ??= careModeAtLaunch();
  return current;
}

/** The 长辈版 switch: remembered on the device; every mounted page re-renders in the new mode. */
export function chooseCareMode(on: boolean): void {
  writeStored('ui.care', on);
  current = on;
  for (const listener of listeners) listener();
}

export function watchCareMode(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

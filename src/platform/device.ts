import type { DeviceInfo } from '../../cloudfunctions/lib/contract/consent';
import type { SessionDevice } from '../../cloudfunctions/lib/contract/sessions';
import { wxApi } from './wx-api';

const clip = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;

/** What a consent record keeps about the device: model and system, nothing that identifies it. */
export function deviceInfo(): DeviceInfo {
  try {
    const device = wxApi.getDeviceInfo() as Partial<Record<'brand' | 'model' | 'system' | 'platform', unknown>>;
    const app = wxApi.getAppBaseInfo() as Partial<Record<'SDKVersion', unknown>>;
    const info: DeviceInfo = {
      brand: clip(device.brand, 64),
      model: clip(device.model, 64),
      system: clip(device.system, 64),
      platform: clip(device.platform, 32),
      sdkVersion: clip(app.SDKVersion, 32),
    };
    return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined)) as DeviceInfo;
  } catch {
    return {};
  }
}

/**
 * What a session keeps of the device (contract/sessions.ts): model and platform only, as
 * wx.getDeviceInfo reports them (https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getDeviceInfo.html).
 */
export function sessionDevice(): SessionDevice {
  const { model, platform } = deviceInfo();
  return { ...(model ? { model } : {}), ...(platform ? { platform } : {}) };
}

import Taro from '@tarojs/taro';
import type { CloudTransport } from './transport';

let initialised = false;

/** wx.cloud is initialised once, before the first call or upload. */
export function initCloud(): void {
  if (initialised) return;
  Taro.cloud.init({ env: process.env.QYB_CLOUD_ENV || undefined, traceUser: true });
  initialised = true;
}

/** WeChat's own cloud: the function sees the caller's OPENID from WeChat, nothing from us. */
export const weappTransport: CloudTransport = {
  async callFunction(name, event) {
    initCloud();
    const response = await Taro.cloud.callFunction({ name, data: event });
    return response.result;
  },
};

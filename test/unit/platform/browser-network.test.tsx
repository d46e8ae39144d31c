import type Taro from '@tarojs/taro';
import { watchNetwork, type NetworkStatus } from '../../../src/platform/permissions/network';
import { overrideWxApi, restoreWxApi } from '../../../src/platform/wx-api';

// Taro's H5 onNetworkStatusChange hears only navigator.connection: here it never calls back, as in
// Safari and Firefox, so only the window's online/offline events can move the banner.
beforeEach(() => {
  overrideWxApi('getNetworkType', () =>
    Promise.resolve({ networkType: 'wifi' } as Taro.getNetworkType.SuccessCallbackResult),
  );
  overrideWxApi('onNetworkStatusChange', () => undefined);
  overrideWxApi('offNetworkStatusChange', () => undefined);
});
afterEach(() => restoreWxApi());

describe('the network in the browser build', () => {
  it('follows the window’s offline and online events, and stops when asked', async () => {
    const seen: NetworkStatus[] = [];
    const stop = watchNetwork((status) => seen.push(status));
    await Promise.resolve();
    window.dispatchEvent(new Event('offline'));
    expect(seen.at(-1)).toEqual({ online: false, type: 'none' });
    window.dispatchEvent(new Event('online'));
    expect(seen.at(-1)?.online).toBe(true);
    stop();
    const count = seen.length;
    window.dispatchEvent(new Event('offline'));
    expect(seen).toHaveLength(count);
  });
});

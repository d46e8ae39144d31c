import { wxApi } from '../wx-api';

export interface NetworkStatus {
  online: boolean;
  type: string;
}

/**
 * Reports the network state now and on every change (getNetworkType, onNetworkStatusChange) so a
 * page can show an offline banner and a retry. Returns the function that stops listening.
 */
export function watchNetwork(listener: (status: NetworkStatus) => void): () => void {
  const onChange = (result: { isConnected: boolean; networkType: string }) =>
    listener({ online: result.isConnected, type: result.networkType });
  wxApi
    .getNetworkType()
    .then((result) => listener({ online: result.networkType !== 'none', type: result.networkType }))
    .catch(() => listener({ online: true, type: 'unknown' }));
  wxApi.onNetworkStatusChange(onChange);
  const stopBrowser = watchBrowserNetwork(listener);
  return () => {
    wxApi.offNetworkStatusChange(onChange);
    stopBrowser();
  };
}

/**
 * In the browser build Taro's onNetworkStatusChange listens only to navigator.connection, which
 * most browsers lack (Safari, Firefox): the window's online/offline events are what every browser
 * fires (https://developer.mozilla.org/docs/Web/API/Window/online_event). In WeChat there is no
 * window and this does nothing.
 */
function watchBrowserNetwork(listener: (status: NetworkStatus) => void): () => void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return () => undefined;
  const online = () => listener({ online: true, type: 'unknown' });
  const offline = () => listener({ online: false, type: 'none' });
  if (typeof navigator !== 'undefined' && navigator.onLine === false) offline();
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  return () => {
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
  };
}

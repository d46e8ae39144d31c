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
  return () => wxApi.offNetworkStatusChange(onChange);
}

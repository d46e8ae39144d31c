import { useEffect, useState } from 'react';
import { watchNetwork, type NetworkStatus } from '../../platform/permissions/network';

/** The network state for an offline banner; assumes online until WeChat says otherwise. */
export function useNetworkStatus(): NetworkStatus {
  const [status, setStatus] = useState<NetworkStatus>({ online: true, type: 'unknown' });
  useEffect(() => watchNetwork(setStatus), []);
  return status;
}

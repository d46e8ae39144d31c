import { useEffect, useRef } from 'react';
import { useNetworkStatus } from '../permissions/use-network-status';

/**
 * A list that failed loads again by itself when the network comes back (issue 20: lists stayed on
 * 网络异常 after reconnecting). Only the offline → online change counts, and only after a failure.
 */
export function useReloadOnReconnect(failed: boolean, reload: () => unknown) {
  const { online } = useNetworkStatus();
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current && failed) void reload();
    wasOnline.current = online;
  }, [online, failed, reload]);
}

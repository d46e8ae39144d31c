import { useCallback, useState } from 'react';
import { acceptLaunchConsent, declineLaunchConsent, readLaunchConsent, type LaunchConsent } from './launch-consent';

export function useLaunchConsent() {
  const [status, setStatus] = useState<LaunchConsent>(() => readLaunchConsent());
  const accept = useCallback(() => {
    acceptLaunchConsent(new Date());
    setStatus('accepted');
  }, []);
  const decline = useCallback(() => {
    declineLaunchConsent(new Date());
    setStatus('declined');
  }, []);
  const refresh = useCallback(() => setStatus(readLaunchConsent()), []);
  return { status, accept, decline, refresh };
}

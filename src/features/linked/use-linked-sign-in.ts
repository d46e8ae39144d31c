import { useEffect, useState } from 'react';
import { ROUTES, navigate } from '../../platform/navigation';
import { linkedApi, type LinkedView } from './linked-api';
import { useSaid } from '../said/use-said';

/**
 * 用关联账号登录 on the sign-in page: the outside platforms configured, and starting a sign-in at
 * one (its page opens in a web-view; our callback page finishes it, see use-link-callback).
 */
export function useLinkedSignIn() {
  const [providers, setProviders] = useState<LinkedView['providers']>([]);
  const [busy, setBusy] = useState('');
  const [error, setError] = useSaid();

  useEffect(() => {
    void linkedApi.providers().then((result) => {
      // No provider configured, or none reachable: the password sign-in stays, nothing to show.
      if (result.ok) setProviders(result.data.providers);
    });
  }, []);

  async function signInWith(provider: string) {
    if (busy) return;
    setBusy(provider);
    setError(null);
    const result = await linkedApi.startSignIn(provider);
    setBusy('');
    if (!result.ok) return setError(result.error);
    navigate(ROUTES.linkedWeb, { url: result.data.authorizationUrl });
  }

  return { providers, busy, error, signInWith };
}

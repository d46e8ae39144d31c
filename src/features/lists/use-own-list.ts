import { useCallback, useEffect, useState } from 'react';
import { useReloadOnReconnect } from './use-reload-on-reconnect';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { useSaid } from '../said/use-said';

/**
 * A list of the signed-in person's own records, loaded on mount: signed out is a state, not an
 * error, and a failed load retries by itself when the network comes back. The hooks built on it add their own confirmed delete or revoke.
 */
export function useOwnList<T>(fetch: () => Promise<Result<{ items: T[] }>>) {
  const [items, setItems] = useState<T[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [signedOut, setSignedOut] = useState(false);
  const [error, setError] = useSaid();

  const load = useCallback(async () => {
    const result = await fetch();
    setLoaded(true);
    if (result.ok) {
      setItems(result.data.items);
      setSignedOut(false);
      setError(null);
    } else if (result.error.code === 'ACCOUNT.NOT_SIGNED_IN') setSignedOut(true);
    else setError(result.error);
  }, [fetch]);

  useEffect(() => {
    void load();
  }, [load]);
  useReloadOnReconnect(error !== '', load);

  return { items, setItems, loaded, signedOut, error, setError, load };
}

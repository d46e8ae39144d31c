import { useCallback, useRef, useState } from 'react';
import type { RequestSummary, StoredRequestStatus } from '../../../cloudfunctions/lib/contract/requests';
import { useReloadOnReconnect } from '../lists/use-reload-on-reconnect';
import { requestsApi } from './requests-api';

const PAGE_SIZE = 20;

/** My requests, newest first, a page at a time, optionally of one status. */
export function useMyRequests() {
  const [status, setStatus] = useState<StoredRequestStatus | undefined>(undefined);
  const [items, setItems] = useState<RequestSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // A page that arrives after the filter changed belongs to the old list.
  const generation = useRef(0);

  const load = useCallback(async (filter: StoredRequestStatus | undefined, after?: string) => {
    const mine = ++generation.current;
    setBusy(true);
    const result = await requestsApi.mine({
      ...(filter ? { status: filter } : {}),
      ...(after ? { cursor: after } : {}),
      pageSize: PAGE_SIZE,
    });
    if (mine !== generation.current) return;
    setBusy(false);
    setLoaded(true);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setItems((previous) => (after ? [...previous, ...result.data.items] : result.data.items));
    setCursor(result.data.nextCursor);
  }, []);

  const filter = (next: StoredRequestStatus | undefined) => {
    setStatus(next);
    setItems([]);
    setCursor(null);
    void load(next);
  };

  const refresh = useCallback(() => load(status), [load, status]);
  useReloadOnReconnect(error !== null, refresh);

  return {
    status,
    items,
    loaded,
    error,
    busy,
    hasMore: cursor !== null,
    refresh,
    more: () => (cursor && !busy ? load(status, cursor) : Promise.resolve()),
    filter,
  };
}

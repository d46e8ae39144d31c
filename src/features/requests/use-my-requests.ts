import { useCallback, useRef, useState } from 'react';
import { reworded, type ClientError } from '../../i18n/server-errors';
import type { RequestSummary, StatusGroup } from '../../../cloudfunctions/lib/contract/requests';
import { useReloadOnReconnect } from '../lists/use-reload-on-reconnect';
import { requestsApi } from './requests-api';

const PAGE_SIZE = 20;

/** My requests, newest first, a page at a time, optionally of one group of statuses (from the start: `initial`). */
export function useMyRequests(initial?: StatusGroup) {
  const [group, setGroup] = useState<StatusGroup | undefined>(initial);
  const [items, setItems] = useState<RequestSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  // A page that arrives after the filter changed belongs to the old list.
  const generation = useRef(0);

  const load = useCallback(async (filter: StatusGroup | undefined, after?: string) => {
    const mine = ++generation.current;
    setBusy(true);
    const result = await requestsApi.mine({
      ...(filter ? { group: filter } : {}),
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

  const filter = (next: StatusGroup | undefined) => {
    setGroup(next);
    setItems([]);
    setCursor(null);
    void load(next);
  };

  const refresh = useCallback(() => load(group), [load, group]);
  useReloadOnReconnect(error !== null, refresh);

  return {
    group,
    items,
    loaded,
    // Kept as the cloud sent it, worded at render (a language switch in place).
    error: reworded(error),
    busy,
    hasMore: cursor !== null,
    refresh,
    more: () => (cursor && !busy ? load(group, cursor) : Promise.resolve()),
    filter,
  };
}

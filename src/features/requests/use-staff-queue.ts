import { useCallback, useEffect, useRef, useState } from 'react';
import { reworded, type ClientError } from '../../i18n/server-errors';
import type { MatterSummary, QueueItem, StatusGroup } from '../../../cloudfunctions/lib/contract/requests';
import { staffApi } from './staff-api';
import { localizeSummary } from './matter-text';

export interface QueueFilter {
  matterCode?: string;
  /** Default: in progress (what staff still act on). */
  group?: StatusGroup;
  assignedToMe?: boolean;
}

/** The staff queue by matter and group of statuses, a page at a time (the function checks the role). */
export function useStaffQueue() {
  const [filter, setFilter] = useState<QueueFilter>({});
  const [matters, setMatters] = useState<MatterSummary[]>([]);
  const [items, setItems] = useState<QueueItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [loaded, setLoaded] = useState(false);
  const generation = useRef(0);

  useEffect(() => {
    // Named in the reader's language at each render (a language switch renders again).
    void staffApi.catalog().then((r) => r.ok && setMatters(r.data));
  }, []);

  const load = useCallback(async (f: QueueFilter, after?: string) => {
    const mine = ++generation.current;
    const result = await staffApi.queue({ ...f, ...(after ? { cursor: after } : {}), pageSize: 20 });
    if (mine !== generation.current) return;
    setLoaded(true);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setItems((previous) => (after ? [...previous, ...result.data.items] : result.data.items));
    setCursor(result.data.nextCursor);
  }, []);

  return {
    filter,
    matters: matters.map((m) => localizeSummary(m)),
    items,
    // Kept as the cloud sent it, worded at render (a language switch in place).
    error: reworded(error),
    loaded,
    hasMore: cursor !== null,
    refresh: () => load(filter),
    more: () => (cursor ? load(filter, cursor) : Promise.resolve()),
    change: (patch: QueueFilter) => {
      const next = { ...filter, ...patch };
      setFilter(next);
      setItems([]);
      setCursor(null);
      void load(next);
    },
  };
}

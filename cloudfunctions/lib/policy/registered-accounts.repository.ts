import type { AccountRecord } from '../account/account.record';
import { gt, not, type QueryStore } from '../infra/query-store';

/** Registered accounts, in pages ordered by id: whom a publication is announced to. */
export interface RegisteredAccounts {
  /** Ids of accounts not cancelled, after `cursor` (exclusive), at most `limit`. */
  idsAfter(cursor: string | null, limit: number): Promise<string[]>;
}

export function registeredAccounts(store: Pick<QueryStore<AccountRecord>, 'page'>): RegisteredAccounts {
  return {
    async idsAfter(cursor, limit) {
      const where =
        cursor === null ? { statusState: not('cancelled') } : { _id: gt(cursor), statusState: not('cancelled') };
      const rows = await store.page({ where, orderBy: '_id', direction: 'asc', limit });
      return rows.map((row) => row._id);
    },
  };
}

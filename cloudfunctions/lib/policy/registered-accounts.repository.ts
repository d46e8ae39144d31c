import { database } from '../infra/cloud';
import { COLLECTIONS } from '../infra/collections';

/** Registered accounts, in pages ordered by id: whom a publication is announced to. */
export interface RegisteredAccounts {
  /** Ids of accounts not cancelled, after `cursor` (exclusive), at most `limit`. */
  idsAfter(cursor: string | null, limit: number): Promise<string[]>;
}

export function registeredAccounts(): RegisteredAccounts {
  return {
    async idsAfter(cursor, limit) {
      const db = database();
      const _ = db.command;
      const where =
        cursor === null ? { statusState: _.neq('cancelled') } : { _id: _.gt(cursor), statusState: _.neq('cancelled') };
      const result = (await db
        .collection(COLLECTIONS.accounts)
        .where(where)
        .orderBy('_id', 'asc')
        .limit(limit)
        .field({ _id: true })
        .get()) as { data?: { _id: string }[] };
      return (result.data ?? []).map((row) => row._id);
    },
  };
}

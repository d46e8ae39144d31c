import type { database } from '../infra/cloud';
import { COLLECTIONS } from '../infra/collections';
import type { AccountRecord } from './account.record';

/** CloudBase's server `get()` returns at most 1000 documents per call. */
const MAX_READ = 1000;

type Raw = { data?: unknown; total?: number };
const rows = <T>(r: unknown): T[] => ((r as Raw).data as T[] | undefined) ?? [];

/** The accounts (and WeChat bindings) other contexts read to reach people: the account context owns them. */
export interface AccountDirectory {
  get(id: string): Promise<AccountRecord | null>;
  byName(accountName: string): Promise<AccountRecord | null>;
  byIds(ids: readonly string[]): Promise<AccountRecord[]>;
  /** Accounts not cancelled, created at or before `at`, in id order after `cursor`. */
  pageAfter(cursor: string | null, at: number, limit: number): Promise<AccountRecord[]>;
  countNotCancelled(at: number): Promise<number>;
  /** The account ids bound to these openids (an unbound openid has none). */
  accountIdsOfOpenids(openids: readonly string[]): Promise<string[]>;
}

export function accountDirectory(db: ReturnType<typeof database>): AccountDirectory {
  const accounts = () => db.collection(COLLECTIONS.accounts);
  const _ = db.command;
  // Read in slices CloudBase answers whole, so no id is silently left out.
  async function sliced<T>(ids: readonly string[], read: (slice: string[]) => Promise<T[]>): Promise<T[]> {
    const out: T[] = [];
    for (let at = 0; at < ids.length; at += MAX_READ) out.push(...(await read(ids.slice(at, at + MAX_READ))));
    return out;
  }
  return {
    get: async (id) => rows<AccountRecord>(await accounts().where({ _id: id }).get())[0] ?? null,
    byName: async (accountName) =>
      rows<AccountRecord>(await accounts().where({ accountName }).limit(1).get())[0] ?? null,
    byIds: (ids) =>
      sliced(ids, async (slice) =>
        rows<AccountRecord>(
          await accounts()
            .where({ _id: _.in(slice) })
            .limit(MAX_READ)
            .get(),
        ),
      ),
    async pageAfter(cursor, at, limit) {
      const where = {
        statusState: _.neq('cancelled'),
        createdAt: _.lte(at),
        ...(cursor ? { _id: _.gt(cursor) } : {}),
      };
      return rows<AccountRecord>(await accounts().where(where).orderBy('_id', 'asc').limit(limit).get());
    },
    async countNotCancelled(at) {
      const r = (await accounts()
        .where({ statusState: _.neq('cancelled'), createdAt: _.lte(at) })
        .count()) as Raw;
      return r.total ?? 0;
    },
    accountIdsOfOpenids: (openids) =>
      sliced(openids, async (slice) =>
        rows<{ accountId: string }>(
          await db
            .collection(COLLECTIONS.wechatBindings)
            .where({ _id: _.in(slice) })
            .limit(MAX_READ)
            .get(),
        ).map((b) => b.accountId),
      ),
  };
}

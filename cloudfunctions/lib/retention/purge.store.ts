import type { CollectionName } from '../infra/collections';
import { queryStore, type PageQuery } from '../infra/query-store';

/** Any stored document, as the purge sees it: an id and fields it reads by name. */
export interface StoredDoc {
  _id: string;
  [field: string]: unknown;
}

/**
 * What the purge needs of one collection: the oldest documents matching a range, and removal by
 * id. The same pair the session repository's purgeBefore uses, over the same stores.
 */
export interface PurgeStore {
  page(query: PageQuery<StoredDoc>): Promise<StoredDoc[]>;
  remove(id: string): Promise<number>;
}

export function purgeStore(name: CollectionName): PurgeStore {
  return queryStore<StoredDoc>(name);
}

import type { CollectionName } from './collections';
import { database } from './cloud';

/**
 * A typed view of one collection over wx-server-sdk's database, for repositories. The SDK's
 * typings return `Promise | void | string` (callback and promise styles in one signature); this is
 * the one place that narrows them. Queries here are equality only: repositories filter the rest.
 */
export interface DocumentStore<T extends { _id: string }> {
  get(id: string): Promise<T | null>;
  find(where: Partial<Record<keyof T & string, unknown>>, limit?: number): Promise<T[]>;
  insert(doc: T): Promise<void>;
  /** Creates or replaces the whole document. */
  put(doc: T): Promise<void>;
  update(id: string, patch: Partial<Omit<T, '_id'>>): Promise<number>;
  remove(id: string): Promise<number>;
}

interface RawResult {
  data?: unknown;
  stats?: { updated?: number; removed?: number };
}

export function documentStore<T extends { _id: string }>(name: CollectionName): DocumentStore<T> {
  const collection = () => database().collection(name);
  return {
    async get(id) {
      const result = (await collection().doc(id).get()) as RawResult;
      return (result.data as T | null | undefined) ?? null;
    },
    async find(where, limit = 100) {
      const result = (await collection().where(where).limit(limit).get()) as RawResult;
      return (result.data as T[] | undefined) ?? [];
    },
    async insert(doc) {
      await collection().add({ data: doc });
    },
    async put(doc) {
      const { _id, ...data } = doc;
      await collection().doc(_id).set({ data });
    },
    async update(id, patch) {
      const result = (await collection().doc(id).update({ data: patch })) as RawResult;
      return result.stats?.updated ?? 0;
    },
    async remove(id) {
      const result = (await collection().doc(id).remove()) as RawResult;
      return result.stats?.removed ?? 0;
    },
  };
}

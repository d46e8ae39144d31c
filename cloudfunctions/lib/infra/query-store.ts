import type { CollectionName } from './collections';
import { database } from './cloud';
import { isDuplicateKey } from './duplicate-key';

/**
 * The one typed view of a collection over wx-server-sdk's database, for repositories: reads by id
 * and by condition, ordered range pages, counts, inserts (plain or unique), updates and removals by
 * id or by condition (optimistic versioning). The SDK's typings return `Promise | void | string`
 * (callback and promise styles in one signature); this is the one place that narrows them.
 * Conditions are plain values (equality) or one of the operators below, turned into the SDK's
 * commands here and nowhere else.
 */
export type Condition =
  { op: 'lt' | 'gt' | 'lte' | 'gte' | 'neq'; value: string | number } | { op: 'in'; values: unknown[] };
export type Where<T> = Partial<Record<keyof T & string, unknown>>;

export const lt = (value: string | number): Condition => ({ op: 'lt', value });
export const gt = (value: string | number): Condition => ({ op: 'gt', value });
export const gte = (value: string | number): Condition => ({ op: 'gte', value });
export const lte = (value: string | number): Condition => ({ op: 'lte', value });
export const not = (value: string | number): Condition => ({ op: 'neq', value });
export const oneOf = (values: unknown[]): Condition => ({ op: 'in', values });

interface RawResult {
  data?: unknown;
  stats?: { updated?: number; removed?: number };
  total?: number;
}

/** The equality-only part of the store, for repositories that read and write whole documents. */
export type DocumentStore<T extends { _id: string }> = Pick<
  QueryStore<T>,
  'get' | 'find' | 'insert' | 'put' | 'update' | 'remove'
>;

function isCondition(value: unknown): value is Condition {
  return typeof value === 'object' && value !== null && 'op' in value && Object.keys(value).length <= 2;
}

function toQuery(where: Record<string, unknown>): Record<string, unknown> {
  const _ = database().command;
  const query: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(where)) {
    if (!isCondition(value)) {
      query[field] = value;
      continue;
    }
    if (value.op === 'in') query[field] = _.in(value.values);
    else query[field] = _[value.op](value.value);
  }
  return query;
}

export interface PageQuery<T> {
  where: Where<T>;
  orderBy: keyof T & string;
  direction: 'asc' | 'desc';
  limit: number;
}

export interface QueryStore<T extends { _id: string }> {
  get(id: string): Promise<T | null>;
  find(where: Where<T>, limit?: number): Promise<T[]>;
  page(query: PageQuery<T>): Promise<T[]>;
  count(where: Where<T>): Promise<number>;
  /** Inserts; the SDK's error (e.g. a duplicate key) propagates. */
  insert(doc: T): Promise<void>;
  /** Inserts; false (nothing written) when a unique index or the id already holds such a document. */
  insertUnique(doc: T): Promise<boolean>;
  /**
   * Updates the documents matching `where` (e.g. `{ _id, version }`); the number updated. The SDK
   * merges a plain object value field by field; the fields named in `whole` are set to the value as
   * it is (Command.set), so keys left out of it are gone afterwards.
   */
  updateWhere(where: Where<T>, patch: Partial<Omit<T, '_id'>>, whole?: readonly (keyof T & string)[]): Promise<number>;
  /** Creates or replaces the whole document. */
  put(doc: T): Promise<void>;
  /** Updates the document with this id; the number updated (0 or 1). */
  update(id: string, patch: Partial<Omit<T, '_id'>>): Promise<number>;
  /** Removes the document with this id; the number removed (0 or 1). */
  remove(id: string): Promise<number>;
  /** Removes the documents matching `where` (e.g. `{ _id, holder }`); the number removed. */
  removeWhere(where: Where<T>): Promise<number>;
}

export function queryStore<T extends { _id: string }>(name: CollectionName): QueryStore<T> {
  const collection = () => database().collection(name);
  return {
    async get(id) {
      const result = (await collection().doc(id).get()) as RawResult;
      return (result.data as T | null | undefined) ?? null;
    },
    async find(where, limit = 100) {
      const result = (await collection().where(toQuery(where)).limit(limit).get()) as RawResult;
      return (result.data as T[] | undefined) ?? [];
    },
    async page({ where, orderBy, direction, limit }) {
      const result = (await collection()
        .where(toQuery(where))
        .orderBy(orderBy, direction)
        .limit(limit)
        .get()) as RawResult;
      return (result.data as T[] | undefined) ?? [];
    },
    async count(where) {
      const result = (await collection().where(toQuery(where)).count()) as RawResult;
      return result.total ?? 0;
    },
    async insert(doc) {
      await collection().add({ data: doc });
    },
    async insertUnique(doc) {
      try {
        await collection().add({ data: doc });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    async updateWhere(where, patch, whole = []) {
      const _ = database().command;
      const data: Record<string, unknown> = { ...patch };
      // https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/command/Command.set.html
      for (const field of whole) if (data[field] !== undefined) data[field] = _.set(data[field]);
      const result = (await collection().where(toQuery(where)).update({ data })) as RawResult;
      return result.stats?.updated ?? 0;
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
    async removeWhere(where) {
      const result = (await collection().where(toQuery(where)).remove()) as RawResult;
      return result.stats?.removed ?? 0;
    },
  };
}

/** Reads: Mongo query, sort, skip/limit and projection semantics from mingo over the candidates. */
import { find, Query } from 'mingo';
import { MingoError } from 'mingo/util';
import type { AnyObject, Criteria, Options } from 'mingo/types';
import { CloudError, CODES } from '../tcb/cloud-error';
import type { DocSource } from './doc-source';
import type { Doc, StoredDoc } from './document';

export const MINGO_OPTIONS: Partial<Options> = { scriptEnabled: false };

export interface FindOptions {
  order?: Record<string, 1 | -1>;
  offset?: number;
  limit?: number;
  projection?: Record<string, unknown>;
}

export function asQueryError(e: unknown): unknown {
  if (e instanceof CloudError) return e;
  if (e instanceof MingoError || e instanceof TypeError) {
    return new CloudError(CODES.dbRequestFailed, e.message);
  }
  return e;
}

/** Stored documents that match `query`, in natural order. */
export function matching(src: DocSource, collection: string, query: Record<string, unknown>): StoredDoc[] {
  try {
    const q = new Query(query as Criteria<AnyObject>, MINGO_OPTIONS);
    return src.candidates(collection, query).filter((s) => q.test(s.doc));
  } catch (e) {
    throw asQueryError(e);
  }
}

export function findDocs(src: DocSource, collection: string, query: Record<string, unknown>, opts: FindOptions): Doc[] {
  const docs = matching(src, collection, query).map((s) => s.doc);
  try {
    let cursor = find<Doc>(docs, {}, (opts.projection ?? {}) as never, MINGO_OPTIONS);
    if (opts.order && Object.keys(opts.order).length > 0) cursor = cursor.sort(opts.order);
    if (opts.offset) cursor = cursor.skip(opts.offset);
    if (opts.limit !== undefined) cursor = cursor.limit(opts.limit);
    return cursor.all();
  } catch (e) {
    throw asQueryError(e);
  }
}

export function countDocs(src: DocSource, collection: string, query: Record<string, unknown>): number {
  return matching(src, collection, query).length;
}

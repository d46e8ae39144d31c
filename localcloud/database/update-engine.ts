/** Writes: Mongo update operators from mingo, replace and upsert, inserts with generated ids. */
import { randomBytes } from 'node:crypto';
import { update } from 'mingo';
import type { AnyObject } from 'mingo/types';
import type { Modifier } from 'mingo/updater';
import { CloudError, CODES, invalidParam } from '../tcb/cloud-error';
import type { DocSource } from './doc-source';
import { isPlainObject, type Doc, type StoredDoc } from './document';
import { encodeEjson } from './ejson';
import { asQueryError, matching, MINGO_OPTIONS } from './query-engine';
import type { Write } from './store';

const MAX_ID_LENGTH = 256;

export function newId(): string {
  return randomBytes(16).toString('hex');
}

/** CloudBase ids are strings; numbers are accepted and kept as given. */
export function idKey(id: unknown): string {
  if (typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH) return id;
  if (typeof id === 'number' && Number.isFinite(id)) return `n:${id}`;
  throw invalidParam(
    `invalid _id ${JSON.stringify(id)}: an _id is a non-empty string of at most ${MAX_ID_LENGTH} characters`,
  );
}

export function insertDocs(src: DocSource, collection: string, docs: unknown[]): string[] {
  const writes: Write[] = [];
  const ids: unknown[] = [];
  for (const raw of docs) {
    if (!isPlainObject(raw)) throw invalidParam('a document must be an object');
    const doc: Doc = { ...raw };
    if (doc._id === undefined) doc._id = newId();
    writes.push({ id: idKey(doc._id), next: doc, insert: true, baseVer: 0 });
    ids.push(doc._id);
  }
  src.write(collection, writes);
  return ids.map((id) => String(id));
}

function assertOperators(ops: Record<string, unknown>): void {
  const keys = Object.keys(ops);
  if (keys.length === 0 || !keys.every((k) => k.startsWith('$'))) {
    throw invalidParam('update data must consist of update operators');
  }
}

function applyOps(before: Doc, ops: Record<string, unknown>): Doc {
  const after = structuredClone(before);
  try {
    update(after as AnyObject, ops as Modifier<AnyObject>, undefined, undefined, { queryOptions: MINGO_OPTIONS });
  } catch (e) {
    throw asQueryError(e);
  }
  if (encodeEjson(after._id) !== encodeEjson(before._id)) throw invalidParam('_id cannot be updated');
  return after;
}

function changed(a: Doc, b: Doc): boolean {
  return encodeEjson(a) !== encodeEjson(b);
}

/** Applies operators to the first (or every) match; returns the number of changed documents. */
export function updateMatching(
  src: DocSource,
  collection: string,
  query: Record<string, unknown>,
  ops: Record<string, unknown>,
  multi: boolean,
): { updated: number; docs: Doc[] } {
  assertOperators(ops);
  return src.atomically(() => {
    const found = matching(src, collection, query);
    const targets: StoredDoc[] = multi ? found : found.slice(0, 1);
    const writes: Write[] = [];
    const docs: Doc[] = [];
    for (const t of targets) {
      const next = applyOps(t.doc, ops);
      docs.push(next);
      if (changed(t.doc, next)) writes.push({ id: t.id, next, baseVer: t.ver });
    }
    if (writes.length > 0) src.write(collection, writes);
    return { updated: writes.length, docs };
  });
}

/** doc(id).set(): replaces the document, creating it when `upsert`. */
export function replaceById(
  src: DocSource,
  collection: string,
  id: unknown,
  data: Record<string, unknown>,
  upsert: boolean,
): { updated: number; upsertedId?: string } {
  const key = idKey(id);
  if (Object.keys(data).some((k) => k.startsWith('$'))) throw invalidParam('set() takes a plain document');
  if (data._id !== undefined && encodeEjson(data._id) !== encodeEjson(id)) throw invalidParam('_id cannot be updated');
  return src.atomically(() => {
    const current = src.byId(collection, key);
    const next: Doc = { ...data, _id: id };
    if (!current) {
      if (!upsert) return { updated: 0 };
      src.write(collection, [{ id: key, next, insert: true, baseVer: 0 }]);
      return { updated: 0, upsertedId: String(id) };
    }
    if (!changed(current.doc, next)) return { updated: 0 };
    src.write(collection, [{ id: key, next, baseVer: current.ver }]);
    return { updated: 1 };
  });
}

export function removeMatching(
  src: DocSource,
  collection: string,
  query: Record<string, unknown>,
  multi: boolean,
): number {
  return src.atomically(() => {
    const found = matching(src, collection, query);
    const targets = multi ? found : found.slice(0, 1);
    if (targets.length > 0)
      src.write(
        collection,
        targets.map((t) => ({ id: t.id, next: null, baseVer: t.ver })),
      );
    return targets.length;
  });
}

export function assertUpdateData(data: unknown): asserts data is Record<string, unknown> {
  if (!isPlainObject(data)) throw new CloudError(CODES.invalidParam, 'update data must be an object');
}

/** The `database.*` actions: wire fields in (CLOUDBASE-WIRE.md §1–2), engine calls, wire replies. */
import type { ActionHandler, ActionRequest } from '../tcb/action';
import { CloudError, CODES, invalidParam } from '../tcb/cloud-error';
import { aggregateDocs, decodeStages } from './aggregate';
import { DirectSource, type DocSource } from './doc-source';
import { isPlainObject } from './document';
import { decodeEjson, encodeEjson } from './ejson';
import type { Environments } from './environments';
import { countDocs, findDocs } from './query-engine';
import { assertCollectionName } from './store';
import { assertUpdateData, insertDocs, removeMatching, replaceById, updateMatching } from './update-engine';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

function objectField(body: Record<string, unknown>, key: string): Record<string, unknown> {
  const raw = body[key];
  if (raw === undefined || raw === null || raw === '') return {};
  const value = typeof raw === 'string' ? decodeEjson(raw, key) : raw;
  if (!isPlainObject(value)) throw invalidParam(`${key} must be an object`);
  return value;
}

function order(body: Record<string, unknown>): Record<string, 1 | -1> {
  const raw = objectField(body, 'order');
  const out: Record<string, 1 | -1> = {};
  for (const [field, dir] of Object.entries(raw)) out[field] = dir === -1 || dir === 'desc' ? -1 : 1;
  return out;
}

function count(value: unknown, fallback: number, key: string): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw invalidParam(`${key} must be a non-negative integer`);
  return value;
}

export function databaseActions(envs: Environments): Record<string, ActionHandler> {
  const source = (req: ActionRequest): DocSource =>
    req.body.transactionId !== undefined
      ? envs.transactions.get(req.body.transactionId)
      : new DirectSource(envs.store(req.env));
  const collection = (req: ActionRequest): string => {
    const name = req.body.collectionName;
    assertCollectionName(name);
    return name;
  };

  return {
    'database.addCollection': (req) => {
      const name = collection(req);
      const store = envs.store(req.env);
      if (store.hasCollection(name)) {
        throw new CloudError(CODES.collectionExists, `collection ${name} already exists`);
      }
      store.ensureCollection(name);
      return { data: {} };
    },
    'database.getDocument': (req) => {
      const limit = Math.min(count(req.body.limit, DEFAULT_LIMIT, 'limit') || DEFAULT_LIMIT, MAX_LIMIT);
      const docs = findDocs(source(req), collection(req), objectField(req.body, 'query'), {
        order: order(req.body),
        offset: count(req.body.offset, 0, 'offset'),
        limit: req.body.multi === false ? 1 : limit,
        projection: objectField(req.body, 'projection'),
      });
      return { data: { list: docs.map((d) => encodeEjson(d)) } };
    },
    'database.calculateDocument': (req) => ({
      data: { total: countDocs(source(req), collection(req), objectField(req.body, 'query')) },
    }),
    'database.insertDocument': (req) => {
      const raw = req.body.data;
      const items = Array.isArray(raw) ? raw : [raw];
      if (items.length === 0) throw invalidParam('data must not be empty');
      const docs = items.map((d) => (typeof d === 'string' ? decodeEjson(d, 'data') : d));
      return { data: { insertedIds: insertDocs(source(req), collection(req), docs) } };
    },
    'database.modifyDocument': (req) => {
      const src = source(req);
      const coll = collection(req);
      const query = objectField(req.body, 'query');
      const data = typeof req.body.data === 'string' ? decodeEjson(req.body.data, 'data') : req.body.data;
      assertUpdateData(data);
      const upsert = req.body.upsert === true;
      if (req.body.merge === false) {
        const id = query._id ?? findDocs(src, coll, query, { limit: 1 })[0]?._id;
        if (id === undefined) return { data: { updated: 0 } };
        const r = replaceById(src, coll, id, data, upsert);
        return { data: r.upsertedId ? { updated: 0, upsert_id: r.upsertedId } : { updated: r.updated } };
      }
      const r = updateMatching(src, coll, query, data, req.body.multi !== false);
      return { data: { updated: r.updated } };
    },
    'database.modifyAndReturnDoc': (req) => {
      const data = typeof req.body.data === 'string' ? decodeEjson(req.body.data, 'data') : req.body.data;
      assertUpdateData(data);
      const r = updateMatching(source(req), collection(req), objectField(req.body, 'query'), data, false);
      return { data: { updated: r.updated, doc: r.docs[0] ? encodeEjson(r.docs[0]) : null } };
    },
    'database.removeDocument': (req) => ({
      data: {
        deleted: removeMatching(source(req), collection(req), objectField(req.body, 'query'), req.body.multi !== false),
      },
    }),
    'database.aggregateDocuments': (req) => {
      const list = aggregateDocs(source(req), collection(req), decodeStages(req.body.stages));
      return { data: { list: list.map((d) => encodeEjson(d)) } };
    },
    'database.startTransaction': (req) => ({ top: { transactionId: envs.transactions.start(req.env) } }),
    'database.commitTransaction': (req) => {
      envs.transactions.commit(req.body.transactionId);
      return {};
    },
    'database.abortTransaction': (req) => {
      envs.transactions.abort(req.body.transactionId);
      return {};
    },
  };
}

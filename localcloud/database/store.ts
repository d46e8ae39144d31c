/**
 * One environment's documents: a SQLite file in WAL mode, one table per collection
 * (`id`, `doc` as relaxed EJSON text, `ver` for optimistic transactions), declared indexes as
 * expression indexes on `json_extract`.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CloudError, CODES, invalidParam } from '../tcb/cloud-error';
import type { Doc, StoredDoc } from './document';
import { decodeEjson, encodeEjson } from './ejson';
import type { IndexDecl } from './index-decl';
import { CollectionIndexes } from './collection-indexes';
import { tableName } from './json-path';
import { toCloudError } from './write-errors';

const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export interface SqlFilter {
  sql: string;
  params: unknown[];
}

/**
 * A pending change: `next: null` deletes; `insert` fails on an existing id; `baseVer`
 * (0 = absent), when given, must still be the stored version or the whole apply is refused.
 */
export interface Write {
  id: string;
  next: Doc | null;
  insert?: boolean;
  baseVer?: number;
}

interface Row {
  id: string;
  doc: string;
  ver: number;
}

export function assertCollectionName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    throw invalidParam(`invalid collection name ${JSON.stringify(name)}`);
  }
}

export class EnvStore {
  readonly db: Database.Database;
  private readonly collections = new Set<string>();
  private readonly indexes: CollectionIndexes;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly env: string,
    dataDir: string,
    indexes: IndexDecl[],
    private readonly maxDocumentBytes: number,
    declared: readonly string[] = [],
  ) {
    const dir = join(dataDir, env);
    mkdirSync(dir, { recursive: true });
    this.db = new Database(join(dir, 'db.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.indexes = new CollectionIndexes(this.db, indexes);
    this.loadCollections();
    for (const c of this.collections) this.indexes.create(c);
    // As a deploy does: the declared collections that are missing are created when the env opens.
    for (const c of declared) this.ensureCollection(c);
  }

  private loadCollections(): void {
    const tables = this.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'col\\_%' ESCAPE '\\'")
      .all() as { name: string }[];
    this.collections.clear();
    for (const t of tables) this.collections.add(t.name.slice(4));
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  /** CloudBase answers -502005 for any operation on a collection that was never created. */
  requireCollection(name: string): void {
    if (!this.collections.has(name)) {
      throw new CloudError(CODES.collectionNotExist, `[ResourceNotFound] Db or Table not exist: ${name}`);
    }
  }

  /** Creates the collection if missing (createCollection, declared collections); true when created. */
  ensureCollection(name: string): boolean {
    assertCollectionName(name);
    if (this.collections.has(name)) return false;
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS ${tableName(name)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL, ver INTEGER NOT NULL)`,
    );
    this.collections.add(name);
    this.indexes.create(name);
    return true;
  }

  prefilterFields(collection: string): Set<string> {
    return this.indexes.prefilterFields(collection);
  }

  rows(collection: string, filter?: SqlFilter): StoredDoc[] {
    this.requireCollection(collection);
    const where = filter ? ` WHERE ${filter.sql}` : '';
    const rows = this.stmt(`SELECT id, doc, ver FROM ${tableName(collection)}${where} ORDER BY rowid`).all(
      ...(filter?.params ?? []),
    ) as Row[];
    return rows.map(toStored);
  }

  getById(collection: string, id: string): StoredDoc | null {
    this.requireCollection(collection);
    const row = this.stmt(`SELECT id, doc, ver FROM ${tableName(collection)} WHERE id = ?`).get(id) as Row | undefined;
    return row ? toStored(row) : null;
  }

  /** Checks a document fits and serializes it; throws the CloudBase-style error otherwise. */
  encode(doc: Doc): string {
    const text = encodeEjson(doc);
    const size = Buffer.byteLength(text);
    if (size > this.maxDocumentBytes) {
      throw new CloudError(
        CODES.dbRequestFailed,
        `document is too large: ${size} bytes, the limit is ${this.maxDocumentBytes} bytes`,
      );
    }
    return text;
  }

  /** Applies writes; returns false if a `baseVer` no longer matches. Run inside `transaction`. */
  apply(collection: string, writes: Write[]): boolean {
    this.requireCollection(collection);
    const t = tableName(collection);
    for (const w of writes) {
      if (w.baseVer !== undefined) {
        const current = this.stmt(`SELECT ver FROM ${t} WHERE id = ?`).get(w.id) as { ver: number } | undefined;
        if ((current?.ver ?? 0) !== w.baseVer) return false;
      }
      try {
        if (w.insert && w.next !== null) {
          this.insertNew(collection, w.id, w.next);
          continue;
        }
        if (w.next === null) {
          this.stmt(`DELETE FROM ${t} WHERE id = ?`).run(w.id);
          continue;
        }
        const text = this.encode(w.next);
        this.indexes.noteDocument(collection, w.next);
        this.stmt(
          `INSERT INTO ${t} (id, doc, ver) VALUES (?, ?, 1) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc, ver = ver + 1`,
        ).run(w.id, text);
      } catch (e) {
        throw toCloudError(e, collection, w.id);
      }
    }
    return true;
  }

  insertNew(collection: string, id: string, doc: Doc): void {
    this.requireCollection(collection);
    const text = this.encode(doc);
    this.indexes.noteDocument(collection, doc);
    try {
      this.stmt(`INSERT INTO ${tableName(collection)} (id, doc, ver) VALUES (?, ?, 1)`).run(id, text);
    } catch (e) {
      throw toCloudError(e, collection, id);
    }
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Runs `fn` in a SQLite transaction; resyncs the known collections if it rolled back. */
  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)();
    } catch (e) {
      if (!this.db.inTransaction) this.loadCollections();
      throw e;
    }
  }

  close(): void {
    this.db.close();
  }
}

function toStored(row: Row): StoredDoc {
  return { id: row.id, doc: decodeEjson(row.doc) as Doc, ver: row.ver };
}

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
import { breaksPrefilter } from './index-safety';
import { fieldExpression, isIndexableField, quoteIdent, tableName } from './json-path';

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
  private readonly unsafe = new Set<string>();
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly env: string,
    dataDir: string,
    private readonly indexes: IndexDecl[],
    private readonly maxDocumentBytes: number,
  ) {
    const dir = join(dataDir, env);
    mkdirSync(dir, { recursive: true });
    this.db = new Database(join(dir, 'db.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS __prefilter_unsafe (collection TEXT NOT NULL, field TEXT NOT NULL, PRIMARY KEY (collection, field))',
    );
    this.loadCollections();
    const unsafe = this.db.prepare('SELECT collection, field FROM __prefilter_unsafe').all() as {
      collection: string;
      field: string;
    }[];
    for (const u of unsafe) this.unsafe.add(`${u.collection}\u0000${u.field}`);
    for (const c of this.collections) this.createIndexes(c);
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

  listCollections(): string[] {
    return [...this.collections].sort();
  }

  /** Creates the collection if missing; returns true when it was created. */
  ensureCollection(name: string): boolean {
    assertCollectionName(name);
    if (this.collections.has(name)) return false;
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS ${tableName(name)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL, ver INTEGER NOT NULL)`,
    );
    this.collections.add(name);
    this.createIndexes(name);
    return true;
  }

  private createIndexes(collection: string): void {
    for (const decl of this.indexes.filter((d) => d.collection === collection)) {
      if (!decl.fields.every(isIndexableField)) throw new Error(`index on ${collection}: bad field`);
      const name = quoteIdent(`ix_${collection}_${decl.fields.join('_')}`);
      const cols = decl.fields.map(fieldExpression).join(', ');
      this.db.exec(
        `CREATE ${decl.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${tableName(collection)} (${cols})`,
      );
    }
  }

  /** Fields whose SQL comparison matches Mongo semantics in this collection (see index-safety). */
  prefilterFields(collection: string): Set<string> {
    const fields = new Set<string>();
    for (const d of this.indexes) {
      if (d.collection !== collection) continue;
      for (const f of d.fields) if (!this.unsafe.has(`${collection}\u0000${f}`)) fields.add(f);
    }
    return fields;
  }

  rows(collection: string, filter?: SqlFilter): StoredDoc[] {
    if (!this.collections.has(collection)) return [];
    const where = filter ? ` WHERE ${filter.sql}` : '';
    const rows = this.stmt(`SELECT id, doc, ver FROM ${tableName(collection)}${where} ORDER BY rowid`).all(
      ...(filter?.params ?? []),
    ) as Row[];
    return rows.map(toStored);
  }

  getById(collection: string, id: string): StoredDoc | null {
    if (!this.collections.has(collection)) return null;
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
    this.ensureCollection(collection);
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
        this.markUnsafeFields(collection, w.next);
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
    this.ensureCollection(collection);
    const text = this.encode(doc);
    this.markUnsafeFields(collection, doc);
    try {
      this.stmt(`INSERT INTO ${tableName(collection)} (id, doc, ver) VALUES (?, ?, 1)`).run(id, text);
    } catch (e) {
      throw toCloudError(e, collection, id);
    }
  }

  private markUnsafeFields(collection: string, doc: Doc): void {
    for (const f of this.prefilterFields(collection)) {
      if (!breaksPrefilter(doc, f)) continue;
      this.stmt('INSERT OR IGNORE INTO __prefilter_unsafe (collection, field) VALUES (?, ?)').run(collection, f);
      this.unsafe.add(`${collection}\u0000${f}`);
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

  /** Runs `fn` in a SQLite transaction; a rollback may undo a CREATE TABLE, so resync then. */
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

function toCloudError(e: unknown, collection: string, id: string): unknown {
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new CloudError(
      CODES.dbRequestFailed,
      `E11000 duplicate key error collection: ${collection} dup key: { _id: ${JSON.stringify(id)} }`,
    );
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
    const index = /index '([^']+)'/.exec((e as Error).message)?.[1] ?? (e as Error).message;
    return new CloudError(
      CODES.dbRequestFailed,
      `E11000 duplicate key error collection: ${collection} index: ${index} (document ${JSON.stringify(id)})`,
    );
  }
  return e;
}

/**
 * The declared indexes of one environment: created as SQLite expression indexes with each
 * collection, and the fields that can still be prefiltered in SQL (see index-safety.ts), kept in
 * `__prefilter_unsafe` so the knowledge survives restarts.
 */
import type Database from 'better-sqlite3';
import type { Doc } from './document';
import type { IndexDecl } from './index-decl';
import { breaksPrefilter } from './index-safety';
import { fieldExpression, isIndexableField, quoteIdent, tableName } from './json-path';

const key = (collection: string, field: string): string => `${collection}\u0000${field}`;

export class CollectionIndexes {
  private readonly unsafe = new Set<string>();

  constructor(
    private readonly db: Database.Database,
    private readonly indexes: IndexDecl[],
  ) {
    db.exec(
      'CREATE TABLE IF NOT EXISTS __prefilter_unsafe (collection TEXT NOT NULL, field TEXT NOT NULL, PRIMARY KEY (collection, field))',
    );
    const rows = db.prepare('SELECT collection, field FROM __prefilter_unsafe').all() as {
      collection: string;
      field: string;
    }[];
    for (const r of rows) this.unsafe.add(key(r.collection, r.field));
  }

  create(collection: string): void {
    for (const decl of this.indexes.filter((d) => d.collection === collection)) {
      if (!decl.fields.every(isIndexableField)) throw new Error(`index on ${collection}: bad field`);
      const name = quoteIdent(`ix_${collection}_${decl.fields.join('_')}`);
      const cols = decl.fields.map(fieldExpression).join(', ');
      this.db.exec(
        `CREATE ${decl.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${tableName(collection)} (${cols})`,
      );
    }
  }

  /** Indexed fields whose SQL comparison still matches Mongo semantics in this collection. */
  prefilterFields(collection: string): Set<string> {
    const fields = new Set<string>();
    for (const d of this.indexes) {
      if (d.collection !== collection) continue;
      for (const f of d.fields) if (!this.unsafe.has(key(collection, f))) fields.add(f);
    }
    return fields;
  }

  /** Called for every document written: marks fields it makes unsafe to prefilter. */
  noteDocument(collection: string, doc: Doc): void {
    for (const f of this.prefilterFields(collection)) {
      if (!breaksPrefilter(doc, f)) continue;
      this.db.prepare('INSERT OR IGNORE INTO __prefilter_unsafe (collection, field) VALUES (?, ?)').run(collection, f);
      this.unsafe.add(key(collection, f));
    }
  }
}

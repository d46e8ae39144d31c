/**
 * Optimistic transactions. A transaction buffers its writes (invisible to everyone else) and
 * remembers the version of every document it read or wrote; commit re-checks those versions in one
 * SQLite transaction and answers DATABASE_TRANSACTION_CONFLICT if another writer got there first.
 */
import { randomBytes } from 'node:crypto';
import { CloudError, CODES } from '../tcb/cloud-error';
import { storeCandidates, type DocSource } from './doc-source';
import type { StoredDoc } from './document';
import type { EnvStore, Write } from './store';

const IDLE_LIMIT_MS = 5 * 60_000;

interface Pending {
  collection: string;
  write: Write;
}

class TransactionSource implements DocSource {
  private readonly reads = new Map<string, { collection: string; id: string; ver: number }>();
  private readonly pending = new Map<string, Pending>();
  lastUsed = Date.now();

  constructor(readonly store: EnvStore) {}

  private note(collection: string, id: string, ver: number): void {
    const key = `${collection}\u0000${id}`;
    if (!this.reads.has(key) && !this.pending.has(key)) this.reads.set(key, { collection, id, ver });
  }

  byId(collection: string, id: string): StoredDoc | null {
    const p = this.pending.get(`${collection}\u0000${id}`);
    if (p) return p.write.next ? { id, doc: p.write.next, ver: -1 } : null;
    const stored = this.store.getById(collection, id);
    this.note(collection, id, stored?.ver ?? 0);
    return stored;
  }

  candidates(collection: string, query: Record<string, unknown>): StoredDoc[] {
    const out: StoredDoc[] = [];
    if (typeof query._id === 'string') {
      const one = this.byId(collection, query._id);
      return one ? [one] : [];
    }
    for (const s of storeCandidates(this.store, collection, query)) {
      if (this.pending.has(`${collection}\u0000${s.id}`)) continue;
      this.note(collection, s.id, s.ver);
      out.push(s);
    }
    for (const p of this.pending.values()) {
      if (p.collection === collection && p.write.next) out.push({ id: p.write.id, doc: p.write.next, ver: -1 });
    }
    return out;
  }

  write(collection: string, writes: Write[]): void {
    for (const w of writes) {
      const key = `${collection}\u0000${w.id}`;
      const before = this.pending.get(key);
      if (before) {
        before.write = { ...w, insert: before.write.insert && w.next !== null, baseVer: before.write.baseVer };
        continue;
      }
      if (w.insert && this.store.getById(collection, w.id)) {
        throw new CloudError(
          CODES.dbRequestFailed,
          `E11000 duplicate key error collection: ${collection} dup key: { _id: ${JSON.stringify(w.id)} }`,
        );
      }
      const baseVer = this.reads.get(key)?.ver ?? w.baseVer ?? this.store.getById(collection, w.id)?.ver ?? 0;
      this.pending.set(key, { collection, write: { ...w, baseVer } });
    }
  }

  atomically<T>(fn: () => T): T {
    return fn();
  }

  /** Applies everything or nothing; false on conflict. */
  commit(): boolean {
    return this.store.transaction(() => {
      for (const r of this.reads.values()) {
        if ((this.store.getById(r.collection, r.id)?.ver ?? 0) !== r.ver) return false;
      }
      for (const p of this.pending.values()) {
        if (!this.store.apply(p.collection, [p.write])) throw new ConflictSignal();
      }
      return true;
    });
  }
}

class ConflictSignal extends Error {}

export class TransactionManager {
  private readonly open = new Map<string, TransactionSource>();

  constructor(private readonly storeFor: (env: string) => EnvStore) {}

  start(env: string): string {
    this.sweep();
    const id = `tx-${randomBytes(12).toString('hex')}`;
    this.open.set(id, new TransactionSource(this.storeFor(env)));
    return id;
  }

  get(id: unknown): TransactionSource {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!tx) throw new CloudError(CODES.transactionNotExist, `transaction ${String(id)} does not exist or has ended`);
    tx.lastUsed = Date.now();
    return tx;
  }

  commit(id: unknown): void {
    const tx = this.get(id);
    this.open.delete(id as string);
    let ok: boolean;
    try {
      ok = tx.commit();
    } catch (e) {
      if (!(e instanceof ConflictSignal)) throw e;
      ok = false;
    }
    if (!ok) {
      throw new CloudError(
        CODES.transactionConflict,
        'transaction conflict: a document it used was changed by another writer',
      );
    }
  }

  abort(id: unknown): void {
    this.get(id);
    this.open.delete(id as string);
  }

  private sweep(): void {
    const limit = Date.now() - IDLE_LIMIT_MS;
    for (const [id, tx] of this.open) if (tx.lastUsed < limit) this.open.delete(id);
  }
}

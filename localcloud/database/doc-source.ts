/**
 * Where an operation reads and writes documents: straight to the store, or through a transaction
 * that buffers its writes until commit (see transactions.ts).
 */
import type { StoredDoc } from './document';
import { buildPrefilter } from './sql-prefilter';
import type { EnvStore, Write } from './store';

export interface DocSource {
  readonly store: EnvStore;
  byId(collection: string, id: string): StoredDoc | null;
  /** A superset of the documents matching `query`, in natural order. */
  candidates(collection: string, query: Record<string, unknown>): StoredDoc[];
  write(collection: string, writes: Write[]): void;
  /** Runs a read-modify-write atomically. */
  atomically<T>(fn: () => T): T;
}

export function storeCandidates(store: EnvStore, collection: string, query: Record<string, unknown>): StoredDoc[] {
  const byId = query._id;
  if (typeof byId === 'string') {
    const one = store.getById(collection, byId);
    return one ? [one] : [];
  }
  return store.rows(collection, buildPrefilter(query, store.prefilterFields(collection)));
}

export class DirectSource implements DocSource {
  constructor(readonly store: EnvStore) {}

  byId(collection: string, id: string): StoredDoc | null {
    return this.store.getById(collection, id);
  }

  candidates(collection: string, query: Record<string, unknown>): StoredDoc[] {
    return storeCandidates(this.store, collection, query);
  }

  write(collection: string, writes: Write[]): void {
    this.store.transaction(() =>
      this.store.apply(
        collection,
        writes.map((w) => ({ ...w, baseVer: undefined })),
      ),
    );
  }

  atomically<T>(fn: () => T): T {
    return this.store.transaction(fn);
  }
}

import type { AuditRecorder } from '../../../../../cloudfunctions/lib/audit/audit-recorder';
import type { ErasureDeps, StoredDoc } from '../../../../../cloudfunctions/lib/erasure/erasure.deps';
import type { CollectionName } from '../../../../../cloudfunctions/lib/infra/collections';
import type { Condition } from '../../../../../cloudfunctions/lib/infra/query-store';

/** What the eraser reads of a memory collection: its documents, removal and a patch by id. */
export interface MemoryDocs {
  all(): { _id: string }[];
  remove(id: string): Promise<number>;
  update?(id: string, patch: Record<string, unknown>): Promise<number>;
}

function matches(value: unknown, expected: unknown): boolean {
  const c = expected as Condition;
  if (typeof expected === 'object' && expected !== null && 'op' in expected && c.op === 'in')
    return c.values.includes(value);
  return value === expected;
}

/** A memory collection of plain documents, for collections a test seeds directly. */
export function memoryDocs(seed: StoredDoc[] = []): MemoryDocs & { all(): StoredDoc[]; put(doc: StoredDoc): void } {
  const docs = new Map(seed.map((d) => [d._id, d]));
  return {
    all: () => [...docs.values()],
    put: (doc) => void docs.set(doc._id, doc),
    remove: async (id) => (docs.delete(id) ? 1 : 0),
    update: async (id, patch) => {
      const doc = docs.get(id);
      if (!doc) return 0;
      docs.set(id, { ...doc, ...patch });
      return 1;
    },
  };
}

/** The eraser's deps in memory: the given collections (others empty), storage calls recorded. */
export function memoryErasure(
  audit: AuditRecorder,
  given: Partial<Record<CollectionName, MemoryDocs>> = {},
): ErasureDeps & { storageCalls: string[][]; docs(name: CollectionName): MemoryDocs } {
  const stores = new Map<CollectionName, MemoryDocs>(Object.entries(given) as [CollectionName, MemoryDocs][]);
  const docs = (name: CollectionName) => {
    if (!stores.has(name)) stores.set(name, memoryDocs());
    return stores.get(name) as MemoryDocs;
  };
  const storageCalls: string[][] = [];
  return {
    storageCalls,
    docs,
    audit,
    storage: { remove: async (ids) => void storageCalls.push([...ids]) },
    collection(name) {
      const store = docs(name);
      return {
        get: async (id) => (store.all() as StoredDoc[]).find((d) => d._id === id) ?? null,
        find: async (where, limit) =>
          (store.all() as StoredDoc[])
            .filter((d) => Object.entries(where).every(([k, v]) => matches(d[k], v)))
            .slice(0, limit),
        remove: (id) => store.remove(id),
        update: async (id, patch) => (store.update ? store.update(id, patch) : 0),
      };
    },
  };
}

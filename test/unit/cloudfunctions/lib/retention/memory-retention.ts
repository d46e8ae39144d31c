import type { AuditEvent } from '../../../../../cloudfunctions/lib/audit/audit-entry';
import type { CollectionName } from '../../../../../cloudfunctions/lib/infra/collections';
import type { Condition } from '../../../../../cloudfunctions/lib/infra/query-store';
import type { PurgeStore, StoredDoc } from '../../../../../cloudfunctions/lib/retention/purge.store';
import type { RetentionDeps } from '../../../../../cloudfunctions/lib/retention/retention.deps';

/** Like the database: a range never matches null or a value of another type. */
function matches(value: unknown, expected: unknown): boolean {
  if (typeof expected !== 'object' || expected === null || !('op' in expected)) return value === expected;
  const c = expected as Condition;
  if (c.op === 'in') return c.values.includes(value);
  if (typeof value !== typeof c.value) return false;
  const [a, b] = [value as string | number, c.value];
  return c.op === 'lt' ? a < b : c.op === 'lte' ? a <= b : c.op === 'gt' ? a > b : a >= b;
}

function memoryPurgeStore(docs: Map<string, StoredDoc>, spend: () => void): PurgeStore {
  return {
    async page({ where, orderBy, direction, limit }) {
      const hits = [...docs.values()].filter((d) => Object.entries(where).every(([k, v]) => matches(d[k], v)));
      const key = (d: StoredDoc) => d[orderBy] as number;
      hits.sort((a, b) => (key(a) - key(b)) * (direction === 'asc' ? 1 : -1));
      if (hits.length > 0) spend();
      return hits.slice(0, limit).map((d) => ({ ...d }));
    },
    remove: async (id) => (docs.delete(id) ? 1 : 0),
  };
}

/** Every collection and storage in memory; `storageCalls` records each remove call's fileIDs. */
export function memoryRetention(opts: { anyFileId?: string | null; tick?: number } = {}) {
  const collections = new Map<CollectionName, Map<string, StoredDoc>>();
  const docsOf = (name: CollectionName) => {
    if (!collections.has(name)) collections.set(name, new Map());
    return collections.get(name) as Map<string, StoredDoc>;
  };
  const stored = new Set<string>();
  const storageCalls: string[][] = [];
  let clock = 0;
  const audited: AuditEvent[] = [];
  const deps: RetentionDeps = {
    store: (name) => memoryPurgeStore(docsOf(name), () => (clock += opts.tick ?? 0)),
    storage: {
      async remove(fileIDs) {
        storageCalls.push([...fileIDs]);
        fileIDs.forEach((id) => stored.delete(id));
      },
    },
    anyFileId: async () => opts.anyFileId ?? null,
    // Time passes only when a round finds work (`tick` ms each), so a budget in ms is a number of rounds.
    elapsedMs: () => clock,
    audit: { record: async (event) => void audited.push(event) },
  };
  return {
    deps,
    audited,
    stored,
    storageCalls,
    seed: (name: CollectionName, doc: StoredDoc) => void docsOf(name).set(doc._id, doc),
    ids: (name: CollectionName) => [...docsOf(name).keys()].sort(),
  };
}

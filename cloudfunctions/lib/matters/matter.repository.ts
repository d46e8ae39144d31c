import type { MatterDefinition, MatterView } from '../contract/requests';
import type { QueryStore } from '../infra/query-store';
import type { MatterRecord } from './matter.record';

/** The catalog is small (tens of matters): one read gets it all. */
const CATALOG_LIMIT = 200;

export function toMatterView(record: MatterRecord): MatterView {
  const { _id, updatedBy: _by, updatedAt, ...definition } = record;
  return { code: _id, ...definition, updatedAt: new Date(updatedAt).toISOString() };
}

/** `seed` is called only when a configured matter is missing from the store (first reads). */
export function matterRepository(store: QueryStore<MatterRecord>, seed: () => readonly MatterDefinition[]) {
  /**
   * Seeds every configured matter the store lacks (first read, or a matter added to the config
   * later). Inserts by code: concurrent first reads cannot seed twice, and a staff edit is never
   * overwritten by the config.
   */
  async function all(now: number): Promise<MatterRecord[]> {
    const stored = await store.find({}, CATALOG_LIMIT);
    const have = new Set(stored.map((m) => m._id));
    const missing = seed().filter((m) => !have.has(m.code));
    if (missing.length === 0) return stored;
    for (const { code, ...definition } of missing) {
      await store.insertUnique({ _id: code, ...definition, version: 1, updatedAt: now, updatedBy: 'seed' });
    }
    return store.find({}, CATALOG_LIMIT);
  }

  return {
    all,
    async get(code: string, now: number): Promise<MatterRecord | null> {
      const found = await store.get(code);
      if (found) return found;
      if (!seed().some((m) => m.code === code)) return null;
      await all(now);
      return store.get(code);
    },
    /** Replaces the definition if the stored version is still `expectedVersion`; false otherwise. */
    async replace(record: MatterRecord, expectedVersion: number): Promise<boolean> {
      const { _id, ...rest } = record;
      // Translations are replaced whole: a text or locale the edit left out must not survive it.
      const patch = { ...rest, translations: rest.translations ?? {} };
      return (await store.updateWhere({ _id, version: expectedVersion }, patch, ['translations'])) === 1;
    },
  };
}

export type MatterRepository = ReturnType<typeof matterRepository>;

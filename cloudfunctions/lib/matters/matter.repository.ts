import type { MatterDefinition, MatterView } from '../contract/requests';
import type { QueryStore } from '../infra/query-store';
import type { MatterRecord } from './matter.record';

/** The catalog is small (tens of matters): one read gets it all. */
const CATALOG_LIMIT = 200;

export function toMatterView(record: MatterRecord): MatterView {
  const { _id, updatedBy: _by, updatedAt, ...definition } = record;
  return { code: _id, ...definition, updatedAt: new Date(updatedAt).toISOString() };
}

/**
 * `seed` is read when a configured matter is missing from the store (first reads), or a seeded,
 * never edited copy lacks the config's translations (stored before the catalog had them).
 */
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
    const untranslated = stored.filter(needsSeedTranslations);
    if (missing.length === 0 && untranslated.length === 0) return stored;
    for (const { code, ...definition } of missing) {
      await store.insertUnique({ _id: code, ...definition, version: 1, updatedAt: now, updatedBy: 'seed' });
    }
    for (const record of untranslated) await addSeedTranslations(record, now);
    return store.find({}, CATALOG_LIMIT);
  }

  /**
   * A copy seeded before the catalog had translations, never edited since: the config's texts are
   * still its texts, so it takes the config's translations (and a new version, so an edit read
   * before this is refused as stale rather than dropping them). A staff edit is never touched.
   */
  function needsSeedTranslations(record: MatterRecord): boolean {
    if (record.updatedBy !== 'seed' || record.translations !== undefined) return false;
    return seed().find((m) => m.code === record._id)?.translations !== undefined;
  }

  async function addSeedTranslations(record: MatterRecord, now: number): Promise<void> {
    const translations = seed().find((m) => m.code === record._id)?.translations;
    const patch = { translations, version: record.version + 1, updatedAt: now };
    // Conditional on the version read: of two first reads at once, one writes.
    await store.updateWhere({ _id: record._id, version: record.version, updatedBy: 'seed' }, patch, ['translations']);
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

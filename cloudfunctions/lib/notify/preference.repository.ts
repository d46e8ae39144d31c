import { isDuplicateKey } from '../infra/duplicate-key';
import { COLLECTIONS } from '../infra/collections';
import type { PreferenceRecord } from './notify.records';
import { inSlices, list, MAX_READ, updated, type NotifyDb } from './notify-db';

/** Notice preferences (`notice_preferences`, id = accountId). */
export function preferenceRepository(db: NotifyDb) {
  const col = () => db.collection(COLLECTIONS.noticePreferences);
  const _ = db.command;
  const repo = {
    forIds: (ids: readonly string[]) =>
      inSlices(ids, async (slice) =>
        list<PreferenceRecord>(
          await col()
            .where({ _id: _.in(slice) })
            .limit(MAX_READ)
            .get(),
        ),
      ),
    get: async (accountId: string) => list<PreferenceRecord>(await col().where({ _id: accountId }).get())[0] ?? null,
    async set(accountId: string, key: string, enabled: boolean, now: number): Promise<void> {
      const n = updated(
        await col()
          .where({ _id: accountId })
          .update({ data: { choices: { [key]: enabled }, updatedAt: now } }),
      );
      if (n > 0 || (await repo.get(accountId))) return;
      try {
        await col().add({ data: { _id: accountId, choices: { [key]: enabled }, updatedAt: now } });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        await repo.set(accountId, key, enabled, now);
      }
    },
  };
  return repo;
}

export type PreferenceRepository = ReturnType<typeof preferenceRepository>;

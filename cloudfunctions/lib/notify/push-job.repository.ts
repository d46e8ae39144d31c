import { COLLECTIONS } from '../infra/collections';
import type { PushJobRecord } from './notify.records';
import { allPages, list, MAX_READ, updated, type NotifyDb } from './notify-db';

/** Staff push jobs (`push_jobs`; unfinished ones are found by the status index). */
export function pushJobRepository(db: NotifyDb) {
  const col = () => db.collection(COLLECTIONS.pushJobs);
  const _ = db.command;
  return {
    insert: async (job: PushJobRecord) => {
      await col().add({ data: job });
    },
    get: async (id: string) => list<PushJobRecord>(await col().where({ _id: id }).get())[0] ?? null,
    update: async (id: string, patch: Partial<Omit<PushJobRecord, '_id'>>) =>
      updated(await col().where({ _id: id }).update({ data: patch })),
    /** Every job a runner left unfinished, however many (read page by page). */
    unfinished: () =>
      allPages<PushJobRecord>(async (after) =>
        list(
          await col()
            .where({ status: _.in(['created', 'sending']), ...(after ? { _id: _.gt(after) } : {}) })
            .orderBy('_id', 'asc')
            .limit(MAX_READ)
            .get(),
        ),
      ),
  };
}

export type PushJobRepository = ReturnType<typeof pushJobRepository>;

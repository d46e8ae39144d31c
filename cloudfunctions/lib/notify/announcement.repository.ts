import { COLLECTIONS } from '../infra/collections';
import type { AnnouncementRecord } from './notify.records';
import { list, type NotifyDb } from './notify-db';

/** Announcements (`announcements`; the endsAt index serves the banner's read). */
export function announcementRepository(db: NotifyDb) {
  const col = () => db.collection(COLLECTIONS.announcements);
  const _ = db.command;
  return {
    insert: async (record: AnnouncementRecord) => {
      await col().add({ data: record });
    },
    /** Those not ended at `now`, soonest first, at most `limit`. */
    notEnded: async (now: number, limit: number) =>
      list<AnnouncementRecord>(
        await col()
          .where({ endsAt: _.gt(now), awaitingApproval: _.neq(true) })
          .orderBy('startsAt', 'asc')
          .limit(limit)
          .get(),
      ),
  };
}

export type AnnouncementRepository = ReturnType<typeof announcementRepository>;

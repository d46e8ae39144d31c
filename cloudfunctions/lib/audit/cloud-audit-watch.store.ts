import { database } from '../infra/cloud';
import { found } from '../infra/chain-append';
import { COLLECTIONS } from '../infra/collections';
import { isDuplicateKey } from '../infra/duplicate-key';
import type { AuditWatchStore, WatchRecord } from './audit-watch';

/**
 * The anomaly counters on the cloud database. `addToSet` keeps each person once however many
 * times they are read; a missing counter is created by `add` with the id, and a concurrent creator
 * that lost (duplicate id) adds to the winner's set instead. The alert is claimed by an update
 * conditioned on `alertedAt: 0`, which only one caller can make change.
 */
export function cloudAuditWatchStore(): AuditWatchStore {
  const db = database();
  const watch = () => db.collection(COLLECTIONS.auditWatch);
  const _ = db.command;

  async function size(id: string): Promise<number> {
    const [doc] = found<WatchRecord[]>(await watch().where({ _id: id }).limit(1).get());
    return doc?.people.length ?? 0;
  }

  return {
    async count(window, person) {
      const result = (await watch()
        .where({ _id: window._id })
        .update({ data: { people: _.addToSet(person) } })) as { stats?: { updated?: number } };
      if ((result.stats?.updated ?? 0) === 0 && (await size(window._id)) === 0) {
        try {
          await watch().add({ data: { ...window, people: [person], alertedAt: 0 } });
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
          await watch()
            .doc(window._id)
            .update({ data: { people: _.addToSet(person) } });
        }
      }
      return size(window._id);
    },
    async claimAlert(id, at) {
      const result = (await watch()
        .where({ _id: id, alertedAt: 0 })
        .update({ data: { alertedAt: at } })) as { stats?: { updated?: number } };
      return (result.stats?.updated ?? 0) === 1;
    },
    async recentAlerts(limit) {
      return found<WatchRecord[]>(
        await watch()
          .where({ alertedAt: _.gt(0) })
          .orderBy('alertedAt', 'desc')
          .limit(limit)
          .get(),
      );
    },
    async alertsOf(actors) {
      if (actors.length === 0) return [];
      return found<WatchRecord[]>(
        await watch()
          .where({ actor: _.in(actors), alertedAt: _.gt(0) })
          .orderBy('alertedAt', 'desc')
          .limit(100)
          .get(),
      );
    },
  };
}

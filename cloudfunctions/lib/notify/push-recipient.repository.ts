import { isDuplicateKey } from '../infra/duplicate-key';
import { COLLECTIONS } from '../infra/collections';
import type { RecipientRecord } from './notify.records';
import { allPages, inSlices, list, MAX_READ, total, updated, type NotifyDb } from './notify-db';

/** One row per recipient of a job (`push_recipients`, unique on jobId + accountId). */
export function pushRecipientRepository(db: NotifyDb) {
  const col = () => db.collection(COLLECTIONS.pushRecipients);
  const _ = db.command;
  const repo = {
    /** The claim: the unique (jobId, accountId) lets exactly one runner create it. */
    async claim(record: RecipientRecord): Promise<boolean> {
      try {
        await col().add({ data: record });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    /**
     * Claims many in one insert; if any was claimed already (a resumed or concurrent runner), claims
     * one by one instead. Returns the ids this runner holds.
     */
    async claimMany(records: readonly RecipientRecord[]): Promise<Set<string>> {
      if (records.length === 0) return new Set();
      try {
        await col().add({ data: [...records] });
        return new Set(records.map((r) => r._id));
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      const mine = new Set<string>();
      for (const r of records) if (await repo.claim(r)) mine.add(r._id);
      return mine;
    },
    /**
     * Takes up to `n` queued recipients for the WeChat phase: one conditional write moves them to
     * 'claimed' under this run's token (another runner's write finds them no longer queued), one
     * read tells which are this run's. Returns their account ids.
     */
    async takeQueued(jobId: string, n: number, runner: string, now: number): Promise<string[]> {
      const page = list<RecipientRecord>(
        await col().where({ jobId, state: 'queued' }).limit(n).field({ _id: true }).get(),
      );
      if (page.length === 0) return [];
      const ids = page.map((r) => r._id);
      await col()
        .where({ _id: _.in(ids), state: 'queued' })
        .update({ data: { state: 'claimed', claimedAt: now, runner } });
      const mine = list<RecipientRecord>(
        await col()
          .where({ _id: _.in(ids), runner })
          .limit(n)
          .field({ accountId: true })
          .get(),
      );
      return mine.map((r) => r.accountId);
    },
    queued: async (jobId: string): Promise<number> => total(await col().where({ jobId, state: 'queued' }).count()),
    async updateMany(ids: readonly string[], patch: Partial<Omit<RecipientRecord, '_id'>>): Promise<number> {
      let n = 0;
      for (let at = 0; at < ids.length; at += MAX_READ) {
        n += updated(
          await col()
            .where({ _id: _.in(ids.slice(at, at + MAX_READ)) })
            .update({ data: patch }),
        );
      }
      return n;
    },
    ofJob: (jobId: string, accountIds: readonly string[]) =>
      inSlices(accountIds, async (slice) =>
        list<RecipientRecord>(
          await col()
            .where({ jobId, accountId: _.in(slice) })
            .limit(MAX_READ)
            .get(),
        ),
      ),
    /** Takes over a claim left by a runner that stopped, if nobody else did meanwhile. */
    reclaim: async (id: string, state: 'claimed', seenClaimedAt: number, now: number): Promise<boolean> =>
      updated(
        await col()
          .where({ _id: id, state, claimedAt: seenClaimedAt })
          .update({ data: { claimedAt: now } }),
      ) === 1,
    update: async (id: string, patch: Partial<Omit<RecipientRecord, '_id'>>) =>
      updated(await col().where({ _id: id }).update({ data: patch })),
    /** Every claim of the job still in flight (page by page: a stopped runner may leave many). */
    inFlight: (jobId: string) =>
      allPages<RecipientRecord>(async (after) =>
        list(
          await col()
            .where({ jobId, state: _.in(['claimed', 'sending']), ...(after ? { _id: _.gt(after) } : {}) })
            .orderBy('_id', 'asc')
            .limit(MAX_READ)
            .get(),
        ),
      ),
    async counts(jobId: string): Promise<Record<string, number>> {
      const r = (await col()
        .aggregate()
        .match({ jobId })
        .group({ _id: { state: '$state', reason: '$reason' }, n: _.aggregate.sum(1) })
        // Without a limit CloudBase answers 20 groups. Groups are states × reasons (our skip reasons,
        // WeChat's errCodes): a few dozen at most, so MAX_READ never truncates.
        .limit(MAX_READ)
        .end()) as { list?: { _id: { state: string; reason: string | null }; n: number }[] };
      const out: Record<string, number> = {};
      for (const row of r.list ?? []) out[`${row._id.state}|${row._id.reason ?? ''}`] = row.n;
      return out;
    },
  };
  return repo;
}

export type PushRecipientRepository = ReturnType<typeof pushRecipientRepository>;

import { isDuplicateKey } from '../infra/duplicate-key';
import { COLLECTIONS } from '../infra/collections';
import type { GrantRecord } from './notify.records';
import { allPages, inSlices, list, MAX_READ, updated, type NotifyDb } from './notify-db';

/** What a grant decision does to the stored grant: add one-time sends, set long-term, or clear all. */
export interface GrantChange {
  add: number;
  longTerm?: boolean;
  clear?: boolean;
}

/** Subscription grants (`subscriptions`, id `<accountId>:<templateId>`). */
export function grantRepository(db: NotifyDb) {
  const col = () => db.collection(COLLECTIONS.subscriptions);
  const _ = db.command;
  const repo = {
    forAccount: (accountId: string) =>
      allPages<GrantRecord>(async (after) =>
        list(
          await col()
            .where({ accountId, ...(after ? { _id: _.gt(after) } : {}) })
            .orderBy('_id', 'asc')
            .limit(MAX_READ)
            .get(),
        ),
      ),
    forIds: (ids: readonly string[]) =>
      inSlices(ids, async (slice) =>
        list<GrantRecord>(
          await col()
            .where({ _id: _.in(slice) })
            .limit(MAX_READ)
            .get(),
        ),
      ),
    get: async (accountId: string, templateId: string) =>
      list<GrantRecord>(
        await col()
          .where({ _id: `${accountId}:${templateId}` })
          .get(),
      )[0] ?? null,
    /** Adds `accepted` one-time sends (or sets the long-term flag); `clear` clears everything. */
    async record(accountId: string, templateId: string, change: GrantChange, now: number): Promise<void> {
      const _id = `${accountId}:${templateId}`;
      const patch = change.clear
        ? { remaining: 0, longTerm: false, updatedAt: now }
        : {
            remaining: _.inc(change.add),
            updatedAt: now,
            ...(change.longTerm === undefined ? {} : { longTerm: change.longTerm }),
          };
      if (updated(await col().where({ _id }).update({ data: patch })) > 0) return;
      if (await repo.get(accountId, templateId)) return;
      const fresh: GrantRecord = {
        _id,
        accountId,
        templateId,
        remaining: change.clear ? 0 : change.add,
        longTerm: change.clear ? false : (change.longTerm ?? false),
        updatedAt: now,
      };
      try {
        await col().add({ data: fresh });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        await repo.record(accountId, templateId, change, now);
      }
    },
    /** Spends one one-time grant; true when there was one to spend (atomic: two senders cannot spend one grant twice). */
    spend: async (accountId: string, templateId: string, now: number): Promise<boolean> =>
      updated(
        await col()
          .where({ _id: `${accountId}:${templateId}`, remaining: _.gt(0) })
          .update({ data: { remaining: _.inc(-1), updatedAt: now } }),
      ) === 1,
    /**
     * Spends one grant of each (read beforehand with one left). Should another send have spent one
     * meanwhile, WeChat answers that send with 43101 and it is recorded so: WeChat is the arbiter.
     */
    async spendMany(ids: readonly string[], now: number): Promise<number> {
      let n = 0;
      for (let at = 0; at < ids.length; at += MAX_READ) {
        n += updated(
          await col()
            .where({ _id: _.in(ids.slice(at, at + MAX_READ)), remaining: _.gt(0) })
            .update({ data: { remaining: _.inc(-1), updatedAt: now } }),
        );
      }
      return n;
    },
    /** Gives a spent grant back (the send failed before reaching WeChat). */
    async refund(accountId: string, templateId: string, now: number): Promise<void> {
      await col()
        .where({ _id: `${accountId}:${templateId}` })
        .update({ data: { remaining: _.inc(1), updatedAt: now } });
    },
    /** WeChat says there is no grant (43101): ours was wrong, forget it. */
    async clear(accountId: string, templateId: string, now: number): Promise<void> {
      await col()
        .where({ _id: `${accountId}:${templateId}` })
        .update({ data: { remaining: 0, longTerm: false, updatedAt: now } });
    },
  };
  return repo;
}

export type GrantRepository = ReturnType<typeof grantRepository>;

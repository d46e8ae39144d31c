import type { AccountRecord } from '../account/account.record';
import { database } from '../infra/cloud';
import { COLLECTIONS } from '../infra/collections';
import type { MessageRecord } from './inbox-notifier';
import type { GrantRecord, PreferenceRecord, PushJobRecord, RecipientRecord } from './notify.records';

/**
 * The notify data over the cloud database: queries the equality-only document store cannot say
 * (ranges, `in`, ordering, counts, conditional updates). The only notify code that names collections.
 */
interface Raw {
  data?: unknown;
  total?: number;
  stats?: { updated?: number; removed?: number };
}

const db = () => database();
const col = (name: string) => db().collection(name);
const _ = () => db().command;
const list = <T>(r: unknown): T[] => ((r as Raw).data as T[] | undefined) ?? [];
const updated = (r: unknown): number => (r as Raw).stats?.updated ?? 0;

export function isDuplicateKey(error: unknown): boolean {
  return /E11000|duplicate key/i.test(String((error as { message?: unknown })?.message ?? error));
}

export const messagesRepo = {
  async insert(message: MessageRecord): Promise<'inserted' | 'exists'> {
    try {
      await col(COLLECTIONS.messages).add({ data: message });
      return 'inserted';
    } catch (error) {
      if (isDuplicateKey(error)) return 'exists';
      throw error;
    }
  },
  /** Many at once; when some exist already (a resumed job), the rest one by one. */
  async insertMany(messages: readonly MessageRecord[]): Promise<void> {
    if (messages.length === 0) return;
    try {
      await col(COLLECTIONS.messages).add({ data: [...messages] });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      for (const m of messages) await messagesRepo.insert(m);
    }
  },
  async page(accountId: string, before: { createdAt: number; id: string } | undefined, limit: number) {
    // accountId outside the $or, so the (accountId, createdAt) index narrows the read.
    const where = before
      ? _().and([
          { accountId },
          _().or([{ createdAt: _().lt(before.createdAt) }, { createdAt: before.createdAt, _id: _().lt(before.id) }]),
        ])
      : { accountId };
    const r = await col(COLLECTIONS.messages)
      .where(where)
      .orderBy('createdAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(limit)
      .get();
    return list<MessageRecord>(r);
  },
  async unread(accountId: string): Promise<number> {
    const r = (await col(COLLECTIONS.messages).where({ accountId, readAt: null }).count()) as Raw;
    return r.total ?? 0;
  },
  async markRead(accountId: string, id: string, now: number): Promise<number> {
    return updated(
      await col(COLLECTIONS.messages)
        .where({ _id: id, accountId, readAt: null })
        .update({ data: { readAt: now } }),
    );
  },
  async markAllRead(accountId: string, now: number): Promise<number> {
    return updated(
      await col(COLLECTIONS.messages)
        .where({ accountId, readAt: null })
        .update({ data: { readAt: now } }),
    );
  },
  async owned(accountId: string, id: string): Promise<boolean> {
    return (
      list(await col(COLLECTIONS.messages).where({ _id: id, accountId }).limit(1).field({ _id: true }).get()).length > 0
    );
  },
  async remove(accountId: string, id: string): Promise<number> {
    const r = (await col(COLLECTIONS.messages).where({ _id: id, accountId }).remove()) as Raw;
    return r.stats?.removed ?? 0;
  },
};

export const grantsRepo = {
  forAccount: async (accountId: string) =>
    list<GrantRecord>(await col(COLLECTIONS.subscriptions).where({ accountId }).limit(100).get()),
  async forIds(ids: readonly string[]): Promise<GrantRecord[]> {
    if (ids.length === 0) return [];
    return list<GrantRecord>(
      await col(COLLECTIONS.subscriptions)
        .where({ _id: _().in([...ids]) })
        .limit(1000)
        .get(),
    );
  },
  get: async (accountId: string, templateId: string) =>
    list<GrantRecord>(
      await col(COLLECTIONS.subscriptions)
        .where({ _id: `${accountId}:${templateId}` })
        .get(),
    )[0] ?? null,
  /** Adds `accepted` one-time sends (or sets the long-term flag); `ban` clears everything. */
  async record(
    accountId: string,
    templateId: string,
    change: { add: number; longTerm?: boolean; clear?: boolean },
    now: number,
  ) {
    const _id = `${accountId}:${templateId}`;
    const patch = change.clear
      ? { remaining: 0, longTerm: false, updatedAt: now }
      : {
          remaining: _().inc(change.add),
          updatedAt: now,
          ...(change.longTerm === undefined ? {} : { longTerm: change.longTerm }),
        };
    const n = updated(await col(COLLECTIONS.subscriptions).where({ _id }).update({ data: patch }));
    if (n > 0) return;
    const existing = await grantsRepo.get(accountId, templateId);
    if (existing) return;
    const fresh: GrantRecord = {
      _id,
      accountId,
      templateId,
      remaining: change.clear ? 0 : change.add,
      longTerm: change.clear ? false : (change.longTerm ?? false),
      updatedAt: now,
    };
    try {
      await col(COLLECTIONS.subscriptions).add({ data: fresh });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      await grantsRepo.record(accountId, templateId, change, now);
    }
  },
  /** Spends one one-time grant; true when there was one to spend (atomic: two senders cannot spend one grant twice). */
  async spend(accountId: string, templateId: string, now: number): Promise<boolean> {
    const r = await col(COLLECTIONS.subscriptions)
      .where({ _id: `${accountId}:${templateId}`, remaining: _().gt(0) })
      .update({ data: { remaining: _().inc(-1), updatedAt: now } });
    return updated(r) === 1;
  },
  /**
   * Spends one grant of each (read beforehand with one left). Should another send have spent one
   * meanwhile, WeChat answers that send with 43101 and it is recorded so: WeChat is the arbiter.
   */
  async spendMany(ids: readonly string[], now: number): Promise<number> {
    if (ids.length === 0) return 0;
    return updated(
      await col(COLLECTIONS.subscriptions)
        .where({ _id: _().in([...ids]), remaining: _().gt(0) })
        .update({ data: { remaining: _().inc(-1), updatedAt: now } }),
    );
  },
  /** Gives a spent grant back (the send failed before reaching WeChat). */
  async refund(accountId: string, templateId: string, now: number): Promise<void> {
    await col(COLLECTIONS.subscriptions)
      .where({ _id: `${accountId}:${templateId}` })
      .update({ data: { remaining: _().inc(1), updatedAt: now } });
  },
  /** WeChat says there is no grant (43101): ours was wrong, forget it. */
  async clear(accountId: string, templateId: string, now: number): Promise<void> {
    await col(COLLECTIONS.subscriptions)
      .where({ _id: `${accountId}:${templateId}` })
      .update({ data: { remaining: 0, longTerm: false, updatedAt: now } });
  },
};

export const preferencesRepo = {
  async forIds(ids: readonly string[]): Promise<PreferenceRecord[]> {
    if (ids.length === 0) return [];
    return list<PreferenceRecord>(
      await col(COLLECTIONS.noticePreferences)
        .where({ _id: _().in([...ids]) })
        .limit(1000)
        .get(),
    );
  },
  get: async (accountId: string) =>
    list<PreferenceRecord>(await col(COLLECTIONS.noticePreferences).where({ _id: accountId }).get())[0] ?? null,
  async set(accountId: string, key: string, enabled: boolean, now: number): Promise<void> {
    const n = updated(
      await col(COLLECTIONS.noticePreferences)
        .where({ _id: accountId })
        .update({ data: { choices: { [key]: enabled }, updatedAt: now } }),
    );
    if (n > 0 || (await preferencesRepo.get(accountId))) return;
    try {
      await col(COLLECTIONS.noticePreferences).add({
        data: { _id: accountId, choices: { [key]: enabled }, updatedAt: now },
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      await preferencesRepo.set(accountId, key, enabled, now);
    }
  },
};

export const accountsRepo = {
  get: async (id: string) => list<AccountRecord>(await col(COLLECTIONS.accounts).where({ _id: id }).get())[0] ?? null,
  byName: async (accountName: string) =>
    list<AccountRecord>(await col(COLLECTIONS.accounts).where({ accountName }).limit(1).get())[0] ?? null,
  async byIds(ids: readonly string[]): Promise<AccountRecord[]> {
    if (ids.length === 0) return [];
    return list<AccountRecord>(
      await col(COLLECTIONS.accounts)
        .where({ _id: _().in([...ids]) })
        .limit(1000)
        .get(),
    );
  },
  /** Accounts that can be reached, in id order after `cursor`, created at or before `at`. */
  async pageAfter(cursor: string | null, at: number, limit: number): Promise<AccountRecord[]> {
    const where = {
      statusState: _().neq('cancelled'),
      createdAt: _().lte(at),
      ...(cursor ? { _id: _().gt(cursor) } : {}),
    };
    return list<AccountRecord>(await col(COLLECTIONS.accounts).where(where).orderBy('_id', 'asc').limit(limit).get());
  },
  async countReachable(at: number): Promise<number> {
    const r = (await col(COLLECTIONS.accounts)
      .where({ statusState: _().neq('cancelled'), createdAt: _().lte(at) })
      .count()) as Raw;
    return r.total ?? 0;
  },
  async bindings(openids: readonly string[]): Promise<{ _id: string; accountId: string }[]> {
    if (openids.length === 0) return [];
    return list(
      await col(COLLECTIONS.wechatBindings)
        .where({ _id: _().in([...openids]) })
        .limit(1000)
        .get(),
    );
  },
};

/** One page of an audience source: distinct keys, the last key read (the next cursor), whether more may follow. */
export interface Page {
  keys: string[];
  last: string | null;
  full: boolean;
}

export const sourcesRepo = {
  /** Applicants' account ids of a matter's requests, in id order after `cursor`. */
  async matterApplicants(matterCode: string, cursor: string | null, limit: number): Promise<Page> {
    const r = await col(COLLECTIONS.serviceRequests)
      .where({ matterCode, ...(cursor ? { applicantId: _().gt(cursor) } : {}) })
      .orderBy('applicantId', 'asc')
      .field({ applicantId: true })
      .limit(limit)
      .get();
    const keys = list<{ applicantId: string }>(r).map((x) => x.applicantId);
    return { keys: [...new Set(keys)], last: keys[keys.length - 1] ?? null, full: keys.length === limit };
  },
  /** The openids that granted a document version, in openid order after `cursor`. */
  async policyConsenters(documentId: string, version: string, cursor: string | null, limit: number): Promise<Page> {
    const r = await col(COLLECTIONS.consents)
      .where({
        action: 'grant',
        'subject.kind': 'document',
        'subject.documentId': documentId,
        'subject.version': version,
        ...(cursor ? { openid: _().gt(cursor) } : {}),
      })
      .orderBy('openid', 'asc')
      .field({ openid: true })
      .limit(limit)
      .get();
    const keys = list<{ openid: string }>(r).map((x) => x.openid);
    return { keys: [...new Set(keys)], last: keys[keys.length - 1] ?? null, full: keys.length === limit };
  },
};

export const jobsRepo = {
  insert: async (job: PushJobRecord) => {
    await col(COLLECTIONS.pushJobs).add({ data: job });
  },
  get: async (id: string) => list<PushJobRecord>(await col(COLLECTIONS.pushJobs).where({ _id: id }).get())[0] ?? null,
  update: async (id: string, patch: Partial<Omit<PushJobRecord, '_id'>>) =>
    updated(await col(COLLECTIONS.pushJobs).where({ _id: id }).update({ data: patch })),
  unfinished: async () =>
    list<PushJobRecord>(
      await col(COLLECTIONS.pushJobs)
        .where({ status: _().in(['created', 'sending']) })
        .limit(20)
        .get(),
    ),
};

export const recipientsRepo = {
  /** The claim: the unique (jobId, accountId) lets exactly one runner create it. */
  async claim(record: RecipientRecord): Promise<boolean> {
    try {
      await col(COLLECTIONS.pushRecipients).add({ data: record });
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
      await col(COLLECTIONS.pushRecipients).add({ data: [...records] });
      return new Set(records.map((r) => r._id));
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const mine = new Set<string>();
    for (const r of records) if (await recipientsRepo.claim(r)) mine.add(r._id);
    return mine;
  },
  async updateMany(ids: readonly string[], patch: Partial<Omit<RecipientRecord, '_id'>>): Promise<number> {
    if (ids.length === 0) return 0;
    return updated(
      await col(COLLECTIONS.pushRecipients)
        .where({ _id: _().in([...ids]) })
        .update({ data: patch }),
    );
  },
  async ofJob(jobId: string, accountIds: readonly string[]): Promise<RecipientRecord[]> {
    if (accountIds.length === 0) return [];
    return list<RecipientRecord>(
      await col(COLLECTIONS.pushRecipients)
        .where({ jobId, accountId: _().in([...accountIds]) })
        .limit(1000)
        .get(),
    );
  },
  /** Takes over a claim left by a runner that stopped, if nobody else did meanwhile. */
  async reclaim(id: string, state: 'claimed', seenClaimedAt: number, now: number): Promise<boolean> {
    return (
      updated(
        await col(COLLECTIONS.pushRecipients)
          .where({ _id: id, state, claimedAt: seenClaimedAt })
          .update({ data: { claimedAt: now } }),
      ) === 1
    );
  },
  update: async (id: string, patch: Partial<Omit<RecipientRecord, '_id'>>) =>
    updated(await col(COLLECTIONS.pushRecipients).where({ _id: id }).update({ data: patch })),
  async inFlight(jobId: string): Promise<RecipientRecord[]> {
    return list<RecipientRecord>(
      await col(COLLECTIONS.pushRecipients)
        .where({ jobId, state: _().in(['claimed', 'sending']) })
        .limit(1000)
        .get(),
    );
  },
  async counts(jobId: string): Promise<Record<string, number>> {
    const r = (await col(COLLECTIONS.pushRecipients)
      .aggregate()
      .match({ jobId })
      .group({ _id: { state: '$state', reason: '$reason' }, n: db().command.aggregate.sum(1) })
      // Without a limit CloudBase answers 20 groups. Groups are states × reasons (our skip reasons,
      // WeChat's errCodes): a few dozen at most, so 1000 never truncates.
      .limit(1000)
      .end()) as { list?: { _id: { state: string; reason: string | null }; n: number }[] };
    const out: Record<string, number> = {};
    for (const row of r.list ?? []) out[`${row._id.state}|${row._id.reason ?? ''}`] = row.n;
    return out;
  },
};

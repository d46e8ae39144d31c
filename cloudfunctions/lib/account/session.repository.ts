import { gt, lt, not, type Where } from '../infra/query-store';
import type { SessionRecord } from './account.record';
import { newId } from './ids';
import type { SessionStore } from './session.store';

type EndReason = NonNullable<SessionRecord['endReason']>;

/** CloudBase's largest page for a server-side get(). */
const MAX_PAGE = 1000;
/** The most live sessions a person is shown; more would be a sign of trouble, and "end all others" ends them all. */
const LIST_LIMIT = 50;
/** `lastUsedAt` of a session without a staff role is written at most this often: a read per call, a write only every few minutes. */
export const SESSION_TOUCH_MS = 5 * 60_000;

export interface StartOptions {
  /** The device's human name (contract/sessions.ts deviceLabel). */
  device?: string | null;
  /** The session this device held before (its handle): ended as replaced; other devices keep theirs. */
  replaces?: string;
}

/**
 * Sessions live in the cloud only: a session says "this WeChat identity is signed in to this
 * account until then". Nothing on the device proves it, so nothing on the device can forge it.
 * Reads are ordered and limited (index sessions [openid, createdAt]); ending and purging reach
 * every matching session however many there are, never a silent first page.
 */
export function sessionRepository(store: SessionStore) {
  /** Ends every open session matching `where`; repeated until none is left, whatever a call's cap. */
  async function endOpen(where: Where<SessionRecord>, now: number, reason: EndReason): Promise<number> {
    let total = 0;
    for (;;) {
      const ended = await store.updateWhere({ ...where, endedAt: null }, { endedAt: now, endReason: reason });
      if (ended === 0) return total;
      total += ended;
    }
  }

  return {
    /**
     * The caller's live session: the one its device names by handle (which must be this WeChat
     * identity's, and live), else, for a caller that names none, the newest live one.
     */
    async activeFor(openid: string, now: number, handle?: string): Promise<SessionRecord | null> {
      const [found] = await store.page({
        where: { openid, endedAt: null, expiresAt: gt(now), ...(handle ? { _id: handle } : {}) },
        orderBy: 'createdAt',
        direction: 'desc',
        limit: 1,
      });
      return found ?? null;
    },
    /** The live sessions of this WeChat identity on this account, newest first. */
    async liveOf(openid: string, accountId: string, now: number): Promise<SessionRecord[]> {
      return store.page({
        where: { openid, accountId, endedAt: null, expiresAt: gt(now) },
        orderBy: 'createdAt',
        direction: 'desc',
        limit: LIST_LIMIT,
      });
    },
    /** Ends one of this WeChat identity's sessions; 0 when it is not theirs or already ended. */
    endOne: (openid: string, id: string, now: number, reason: EndReason) => endOpen({ openid, _id: id }, now, reason),
    /** Ends every open session of this WeChat identity but `keep`. */
    endOthers: (openid: string, keep: string, now: number, reason: EndReason) =>
      endOpen({ openid, _id: not(keep) }, now, reason),
    /** A call used this live session (account-guard.ts touchDue); an ended one stays as it was. */
    async touch(id: string, now: number): Promise<void> {
      await store.updateWhere({ _id: id, endedAt: null }, { lastUsedAt: now });
    },
    async start(
      openid: string,
      accountId: string,
      now: number,
      ttlMs: number,
      options: StartOptions = {},
    ): Promise<SessionRecord> {
      if (options.replaces) await endOpen({ openid, _id: options.replaces }, now, 'replaced');
      const session: SessionRecord = {
        _id: newId(),
        openid,
        accountId,
        createdAt: now,
        expiresAt: now + ttlMs,
        endedAt: null,
        endReason: null,
        device: options.device ?? null,
        lastUsedAt: now,
      };
      await store.insert(session);
      return session;
    },
    /** One session ended (a staff session idle or past its limit); a session already ended stays as it was. */
    end: (id: string, now: number, reason: EndReason) =>
      store.updateWhere({ _id: id, endedAt: null }, { endedAt: now, endReason: reason }),
    /** Marks a live session: the second factor given, a step-up. */
    mark: (id: string, patch: Pick<Partial<SessionRecord>, 'factorAt' | 'stepUpAt'>) =>
      store.updateWhere({ _id: id, endedAt: null }, patch),
    endForOpenid: (openid: string, now: number, reason: EndReason) => endOpen({ openid }, now, reason),
    endForAccount: (accountId: string, now: number, reason: EndReason) => endOpen({ accountId }, now, reason),
    /** Every session of an account, live or ended, newest first (a person's copy of their information). */
    async ofAccount(accountId: string): Promise<SessionRecord[]> {
      const all: SessionRecord[] = [];
      for (;;) {
        const after = all.length > 0 ? { _id: gt(all[all.length - 1]._id) } : {};
        const page = await store.page({
          where: { accountId, ...after },
          orderBy: '_id',
          direction: 'asc',
          limit: MAX_PAGE,
        });
        all.push(...page);
        if (page.length < MAX_PAGE) return all.sort((a, b) => b.createdAt - a.createdAt);
      }
    },
    /**
     * Deletes up to `limit` sessions that stopped being live (expired, or ended) before `cutoff`,
     * oldest first; the number deleted. Idempotent: a later call carries on from what is left.
     */
    async purgeBefore(cutoff: number, limit: number): Promise<number> {
      const expired = await store.page({
        where: { expiresAt: lt(cutoff) },
        orderBy: 'expiresAt',
        direction: 'asc',
        limit,
      });
      const ended =
        expired.length < limit
          ? await store.page({
              where: { endedAt: lt(cutoff) },
              orderBy: 'endedAt',
              direction: 'asc',
              limit: limit - expired.length,
            })
          : [];
      const ids = new Set([...expired, ...ended].map((s) => s._id));
      const removed = await Promise.all([...ids].map((id) => store.remove(id)));
      return removed.reduce((sum, n) => sum + n, 0);
    },
  };
}

export type SessionRepository = ReturnType<typeof sessionRepository>;

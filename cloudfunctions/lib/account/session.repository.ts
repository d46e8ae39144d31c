import type { DocumentStore } from '../infra/document-store';
import type { SessionRecord } from './account.record';
import { newId } from './ids';

type EndReason = NonNullable<SessionRecord['endReason']>;

/**
 * Sessions live in the cloud only: a session says "this WeChat identity is signed in to this
 * account until then". Nothing on the device proves it, so nothing on the device can forge it.
 */
export function sessionRepository(store: DocumentStore<SessionRecord>) {
  const live = (s: SessionRecord, now: number) => s.endedAt === null && s.expiresAt > now;

  async function end(sessions: SessionRecord[], now: number, reason: EndReason): Promise<number> {
    const open = sessions.filter((s) => s.endedAt === null);
    await Promise.all(open.map((s) => store.update(s._id, { endedAt: now, endReason: reason })));
    return open.length;
  }

  return {
    async activeFor(openid: string, now: number): Promise<SessionRecord | null> {
      const sessions = (await store.find({ openid }, 100)).filter((s) => live(s, now));
      return sessions.sort((a, b) => b.createdAt - a.createdAt)[0] ?? null;
    },
    async start(openid: string, accountId: string, now: number, ttlMs: number): Promise<SessionRecord> {
      await end(await store.find({ openid }, 100), now, 'replaced');
      const session: SessionRecord = {
        _id: newId(),
        openid,
        accountId,
        createdAt: now,
        expiresAt: now + ttlMs,
        endedAt: null,
        endReason: null,
      };
      await store.insert(session);
      return session;
    },
    async endForOpenid(openid: string, now: number, reason: EndReason): Promise<number> {
      return end(await store.find({ openid }, 100), now, reason);
    },
    /** Every session of an account, live or ended (a person's copy of their information). */
    ofAccount: (accountId: string) => store.find({ accountId }, 1000),
    async endForAccount(accountId: string, now: number, reason: EndReason): Promise<number> {
      return end(await store.find({ accountId }, 1000), now, reason);
    },
  };
}

export type SessionRepository = ReturnType<typeof sessionRepository>;

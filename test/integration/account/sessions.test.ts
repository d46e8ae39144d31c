/**
 * Sessions through the real SDK against the local cloud, with the functions' file clock: many
 * earlier sessions never hide the live one, ending reaches every open session, and the daily timer
 * deletes sessions that stopped being live more than 30 days ago while keeping the rest.
 */
import type { SessionRecord } from '../../../cloudfunctions/lib/account/account.record';
import { usePublicationCloud } from '../policy/publication-cloud';
import { ALICE, BOB, CONSENT, type Person } from './account-cloud';
import { COLLECTIONS } from '../../../config/cloud/collections';

const t = usePublicationCloud();
const DAY = 86_400_000;

type Session = SessionRecord;

describe('sessions (real SDK, local cloud)', () => {
  const env = `sessions-${Date.now().toString(36)}`;
  const sessions = () => t.db(env).collection(COLLECTIONS.sessions);
  const accountIdOf = async (p: Person) =>
    (await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: p.accountName }))[0]._id;
  const openCount = async (where: Record<string, unknown>) =>
    (
      (await sessions()
        .where({ ...where, endedAt: null })
        .count()) as unknown as { total: number }
    ).total;
  const signedIn = async (p: Person) =>
    (await t.data<{ signedIn: boolean }>(env, p.openid, 'account', 'session')).signedIn;

  /** Seeds `n` session records (as many sign-ins would leave), in batches of 500. */
  async function seed(n: number, make: (i: number) => Omit<Session, '_id'>) {
    for (let from = 0; from < n; from += 500) {
      const batch = Array.from({ length: Math.min(500, n - from) }, (_, i) => make(from + i));
      await sessions().add({ data: batch });
    }
  }

  beforeAll(async () => {
    t.setClockOffset(0);
    for (const { openid, ...rest } of [ALICE, BOB])
      await t.data(env, openid, 'account', 'register', { ...rest, consent: CONSENT, documentConsent: true });
  });
  afterAll(() => t.setClockOffset(0));

  it('after 150 earlier sessions, the person who signs in is signed in', async () => {
    const accountId = await accountIdOf(ALICE);
    const old = Date.now() - DAY;
    await seed(150, (i) => ({
      openid: ALICE.openid,
      accountId,
      createdAt: old + i,
      expiresAt: old + i + 30 * DAY,
      endedAt: old + i + 1,
      endReason: 'replaced',
    }));
    await t.data(env, ALICE.openid, 'account', 'signIn', { accountName: ALICE.accountName, password: ALICE.password });
    expect(await signedIn(ALICE)).toBe(true);
  });

  it('signing out ends every open session of the WeChat identity, not only the first page', async () => {
    const accountId = await accountIdOf(BOB);
    const now = Date.now();
    await seed(150, (i) => ({
      openid: BOB.openid,
      accountId,
      createdAt: now - i,
      expiresAt: now + DAY,
      endedAt: null,
      endReason: null,
    }));
    expect(await openCount({ openid: BOB.openid })).toBe(151);
    await t.data(env, BOB.openid, 'account', 'signOut');
    expect(await openCount({ openid: BOB.openid })).toBe(0);
    expect(await signedIn(BOB)).toBe(false);
  });

  it('changing the password ends every open session of the account, past 1000', async () => {
    const accountId = await accountIdOf(ALICE);
    const now = Date.now();
    await seed(1001, (i) => ({
      openid: `oElsewhere${i}`,
      accountId,
      createdAt: now - i,
      expiresAt: now + DAY,
      endedAt: null,
      endReason: null,
    }));
    const newPassword = 'Hengqin-2027-new';
    await t.data(env, ALICE.openid, 'account', 'changePassword', { currentPassword: ALICE.password, newPassword });
    expect(await openCount({ accountId })).toBe(0);
    await t.data(env, ALICE.openid, 'account', 'signIn', { accountName: ALICE.accountName, password: newPassword });
    expect(await signedIn(ALICE)).toBe(true);
  });

  it('the daily timer deletes sessions ended or expired over 30 days ago and keeps the rest', async () => {
    // An environment of its own: a handful of sessions, so one run deletes all that are due.
    const purgeEnv = `${env}-purge`;
    const { openid, ...rest } = ALICE;
    await t.data(purgeEnv, openid, 'account', 'register', { ...rest, consent: CONSENT, documentConsent: true });
    const all = async () => t.find<Session>(purgeEnv, 'sessions');
    const [live] = await all();
    const now = Date.now();
    const at = (days: number) => now + days * DAY;
    const base = { openid: 'oPurgeCase01', accountId: live.accountId };
    const seeded = [
      { ...base, createdAt: at(-70), expiresAt: at(-40), endedAt: null, endReason: null }, // expired 40 days ago
      { ...base, createdAt: at(-50), expiresAt: at(-20), endedAt: at(-45), endReason: 'sign-out' }, // ended 45 days ago
      { ...base, createdAt: at(-10), expiresAt: at(20), endedAt: at(-5), endReason: 'sign-out' }, // ended 5 days ago
    ];
    await t.db(purgeEnv).collection(COLLECTIONS.sessions).add({ data: seeded });
    const timer = async () => {
      const response = await t
        .cloud()
        .sdk({ env: purgeEnv })
        .callFunction({ name: 'account', data: { Type: 'Timer', TriggerName: 'closeDueCancellations' } });
      return (response as unknown as { result: unknown }).result;
    };

    expect(await timer()).toEqual({ ok: true, data: { closed: 0, purgedSessions: 2 } });
    expect((await all()).map((s) => s.createdAt).sort()).toEqual([at(-10), live.createdAt].sort());
    expect((await t.data<{ signedIn: boolean }>(purgeEnv, openid, 'account', 'session')).signedIn).toBe(true);

    // 61 days on, the live session has been expired for over 30 days and the other ended 66 days ago.
    t.setClockOffset(61 * DAY);
    expect(await timer()).toEqual({ ok: true, data: { closed: 0, purgedSessions: 2 } });
    expect(await all()).toEqual([]);
  });
});

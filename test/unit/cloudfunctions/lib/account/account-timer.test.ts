import type { SessionRecord } from '../../../../../cloudfunctions/lib/account/account.record';
import { purgeOldSessions, runAccountTimer } from '../../../../../cloudfunctions/lib/account/account-timer';
import { memoryDeps } from './memory-deps';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 2, 19);

function session(i: number, fields: Partial<SessionRecord>): SessionRecord {
  return {
    _id: `s${i}`,
    openid: `o${i}`,
    accountId: 'a1',
    createdAt: NOW,
    expiresAt: NOW + DAY,
    endedAt: null,
    endReason: null,
    ...fields,
  };
}

async function seeded() {
  const { deps, stores } = memoryDeps();
  for (let i = 0; i < 250; i++)
    await stores.sessions.insert(session(i, { createdAt: NOW - 70 * DAY, expiresAt: NOW - 40 * DAY }));
  await stores.sessions.insert(session(900, { endedAt: NOW - 31 * DAY, endReason: 'sign-out' }));
  await stores.sessions.insert(session(901, { endedAt: NOW - 29 * DAY, endReason: 'sign-out' }));
  await stores.sessions.insert(session(902, {}));
  return { deps, stores };
}

describe('purgeOldSessions', () => {
  it('deletes, in rounds of 100, every session ended or expired more than 30 days ago, and keeps the rest', async () => {
    const { deps, stores } = await seeded();
    expect(await purgeOldSessions(deps, NOW)).toBe(251);
    expect(
      stores.sessions
        .all()
        .map((s) => s._id)
        .sort(),
    ).toEqual(['s901', 's902']);
  });

  it('a run with no time left deletes nothing; the next run carries on from the oldest', async () => {
    const { deps, stores } = await seeded();
    expect(await purgeOldSessions(deps, NOW, 0)).toBe(0);
    expect(await deps.sessions.purgeBefore(NOW - 30 * DAY, 100)).toBe(100);
    expect(stores.sessions.all()).toHaveLength(153);
    expect(await purgeOldSessions(deps, NOW)).toBe(151);
    expect(stores.sessions.all()).toHaveLength(2);
  });
});

describe('runAccountTimer', () => {
  it('closes due cancellations and purges sessions in the same run', async () => {
    const { deps } = await seeded();
    expect(await runAccountTimer(deps, NOW)).toEqual({ closed: 0, purgedSessions: 251 });
  });
});

describe('sessionRepository.activeFor', () => {
  it('finds the live session behind more than 100 ended ones', async () => {
    const { deps, stores } = memoryDeps();
    for (let i = 0; i < 150; i++)
      await stores.sessions.insert(
        session(i, { openid: 'oA', createdAt: NOW - DAY + i, endedAt: NOW - DAY + i + 1, endReason: 'replaced' }),
      );
    const live = await deps.sessions.start('oA', 'a1', NOW, DAY);
    expect(await deps.sessions.activeFor('oA', NOW + 1)).toEqual(live);
    expect(await deps.sessions.endForOpenid('oA', NOW + 2, 'sign-out')).toBe(1);
    expect(await deps.sessions.activeFor('oA', NOW + 3)).toBeNull();
  });
});

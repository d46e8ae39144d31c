import { DAY_MS } from '../../../../../config/retention';
import { PURGE_BATCH, PURGED, purgeExpired } from '../../../../../cloudfunctions/lib/retention/purge-expired';
import { memoryRetention } from './memory-retention';

const NOW = Date.UTC(2026, 11, 2, 19, 30);
const BUCKET = 'cloud://prod-1a2b.7072-prod-1a2b-1300000000/';

describe('purgeExpired: one case per purged collection', () => {
  it.each(PURGED.map(([name, rule]) => [name, rule] as const))(
    '%s: removes exactly what outlived its retention and keeps the rest',
    async (name, rule) => {
      const t = memoryRetention();
      const cutoff = NOW - rule.days * DAY_MS;
      const status = rule.statuses?.[0];
      t.seed(name, { _id: 'expired', [rule.field]: cutoff - 1, ...(status ? { status } : {}) });
      t.seed(name, { _id: 'live', [rule.field]: cutoff + 60_000, ...(status ? { status } : {}) });
      // An old document in a state the rule does not purge (a push job still sending, an open request).
      if (status) t.seed(name, { _id: 'old-other-state', [rule.field]: cutoff - DAY_MS, status: 'in-progress' });

      const report = await purgeExpired(t.deps, NOW);

      expect(report).toEqual({ removed: { [name]: 1 }, complete: true });
      expect(t.ids(name)).toEqual(status ? ['live', 'old-other-state'] : ['live']);
    },
  );

  it('purges every collection with a retention purge, and abandoned uploads', () => {
    expect(PURGED.map(([name]) => name).sort()).toEqual(
      [
        'announcements',
        'audit_watch',
        'channel_outbox',
        'feedback',
        'feedback_limits',
        'files',
        'link_states',
        'login_attempts',
        'media_checks',
        'messages',
        'oidc_authorizations',
        'oidc_codes',
        'oidc_qr_sessions',
        'oidc_tokens',
        'privacy_requests',
        'push_jobs',
        'push_recipients',
        'reports',
      ].sort(),
    );
  });
});

describe('purgeExpired: abandoned uploads and stored files', () => {
  const old = NOW - 2 * DAY_MS;

  it('deletes an abandoned upload’s bytes, reported or not, and a checked file stays', async () => {
    const t = memoryRetention({ anyFileId: `${BUCKET}files/feedback/x.jpg` });
    t.seed('files', {
      _id: 'u1',
      status: 'uploaded',
      createdAt: old,
      fileID: `${BUCKET}uploads/feedback/u1.jpg`,
      cloudPath: 'uploads/feedback/u1.jpg',
    });
    t.seed('files', {
      _id: 'p1',
      status: 'pending',
      createdAt: old,
      fileID: null,
      cloudPath: 'uploads/feedback/p1.png',
    });
    t.seed('files', {
      _id: 'c1',
      status: 'checked',
      createdAt: old,
      fileID: `${BUCKET}files/feedback/c1.jpg`,
      cloudPath: 'files/feedback/c1.jpg',
    });

    await purgeExpired(t.deps, NOW);

    expect(t.ids('files')).toEqual(['c1']);
    expect(t.storageCalls.flat().sort()).toEqual([
      `${BUCKET}uploads/feedback/p1.png`,
      `${BUCKET}uploads/feedback/u1.jpg`,
    ]);
  });

  it('deletes feedback photos and voice with the feedback, never more than 50 fileIDs per storage call', async () => {
    const t = memoryRetention();
    const photo = (i: number, n: number) => ({
      uploadId: `f${i}-${n}`,
      fileID: `${BUCKET}files/feedback/f${i}-${n}.jpg`,
    });
    for (let i = 0; i < 30; i++)
      t.seed('feedback', {
        _id: `f${i}`,
        createdAt: NOW - 4 * 365 * DAY_MS + i,
        photos: [0, 1, 2, 3].map((n) => photo(i, n)),
        voice: { uploadId: `v${i}`, fileID: `${BUCKET}files/feedback/v${i}.m4a` },
      });
    // Their file records (a photo of a live feedback stays).
    for (let n = 0; n < 4; n++)
      t.seed('files', { _id: `f0-${n}`, fileID: photo(0, n).fileID, status: 'ready', createdAt: NOW });
    t.seed('files', { _id: 'live', fileID: `${BUCKET}files/feedback/live.jpg`, status: 'ready', createdAt: NOW });

    await purgeExpired(t.deps, NOW);

    expect(t.ids('feedback')).toEqual([]);
    expect(t.ids('files')).toEqual(['live']);
    expect(t.storageCalls.flat()).toHaveLength(150);
    expect(Math.max(...t.storageCalls.map((c) => c.length))).toBeLessThanOrEqual(50);
  });
});

describe('purgeExpired: bounded runs that resume', () => {
  function backlog(n: number, tick: number) {
    const t = memoryRetention({ tick });
    for (let i = 0; i < n; i++)
      t.seed('messages', { _id: `m${String(i).padStart(4, '0')}`, createdAt: NOW - 400 * DAY_MS + i });
    t.seed('messages', { _id: 'recent', createdAt: NOW - DAY_MS });
    return t;
  }

  it('stops when its budget is spent, oldest first, and the next run carries on until nothing expired is left', async () => {
    // Each round that finds work takes 10 ms: a 15 ms budget allows 2 rounds.
    const t = backlog(3 * PURGE_BATCH + 7, 10);

    expect(await purgeExpired(t.deps, NOW, 15)).toEqual({ removed: { messages: 2 * PURGE_BATCH }, complete: false });
    expect(t.ids('messages')[0]).toBe(`m0${2 * PURGE_BATCH}`);
    expect(await purgeExpired(t.deps, NOW, 15)).toEqual({ removed: { messages: PURGE_BATCH + 7 }, complete: false });
    expect(await purgeExpired(t.deps, NOW, 15)).toMatchObject({ removed: {} });
    expect(t.ids('messages')).toEqual(['recent']);
  });

  it('is idempotent: a second run finds nothing to do', async () => {
    const t = backlog(10, 0);
    expect((await purgeExpired(t.deps, NOW)).removed).toEqual({ messages: 10 });
    expect(await purgeExpired(t.deps, NOW)).toEqual({ removed: {}, complete: true });
    expect(t.ids('messages')).toEqual(['recent']);
  });
});

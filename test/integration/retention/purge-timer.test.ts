/**
 * The retention timer through the real SDK against the local cloud: the files function bundled as
 * the build bundles it but with the file clock (test/fixtures/clock), seeded with expired and live
 * records and stored files, then triggered like CloudBase's timer. The proof is read from the
 * environment's SQLite file and storage directory, not through the function.
 */
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INDEXES } from '../../../config/cloud/indexes';
import { bundleFunction } from '../../../scripts/build/function-bundle';
import { useLocalCloud } from '../../support/local-cloud';
import { COLLECTIONS } from '../../../config/cloud/collections';
import { fileClockPlugin, useClockFile } from '../../support/file-clock';

const root = resolve(__dirname, '..', '..', '..');
const DAY = 86_400_000;
const advance = useClockFile();
// The function seals its audit entry with a key derived from these (it refuses to load without them).
process.env.QYB_FIELD_KEY ??= `t1:${randomBytes(32).toString('base64')}`;
process.env.QYB_INDEX_KEY ??= randomBytes(32).toString('base64');

jest.setTimeout(60_000);
const functionsDir = join(root, 'dist', 'test-functions', `retention-${process.pid}-${Date.now()}`);
mkdirSync(functionsDir, { recursive: true });
const t = useLocalCloud({ functionsDir, indexes: INDEXES, maxWorkersPerFunction: 1 });

beforeAll(async () => {
  const problems = await bundleFunction({
    name: 'files',
    outDir: functionsDir,
    plugins: [fileClockPlugin],
    testTimeoutS: 30,
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
}, 60_000);
afterAll(() => {
  advance(0);
  rmSync(functionsDir, { recursive: true, force: true });
});

const timer = async (env: string) =>
  (
    (await t()
      .sdk({ env })
      .callFunction({ name: 'files', data: { Type: 'Timer', TriggerName: 'purgeExpired' } })) as unknown as {
      result: unknown;
    }
  ).result;

/** The ids left in a collection, read from the environment's SQLite file. */
function idsInSqlite(env: string, collection: string): string[] {
  const sqlite = new Database(join(t().dataDir, env, 'db.sqlite'), { readonly: true });
  try {
    const rows = sqlite.prepare(`SELECT id FROM "col_${collection}" ORDER BY id`).all() as { id: string }[];
    return rows.map((r) => r.id);
  } finally {
    sqlite.close();
  }
}

const bytesOnDisk = (env: string, cloudPath: string) =>
  existsSync(join(t().dataDir, env, 'storage', createHash('sha256').update(cloudPath).digest('hex')));

describe('retention timer (real SDK, local cloud, file clock)', () => {
  it('deletes expired records and swept uploads, keeps the rest, and a day later the next ones', async () => {
    const env = t().freshEnv('retention');
    const sdk = t().sdk({ env, openid: 'oRetention001' });
    const db = t().sdk({ env }).database();
    const now = Date.now();
    const store = async (cloudPath: string) =>
      (await sdk.uploadFile({ cloudPath, fileContent: Buffer.from('\x89PNG\r\n\x1a\nretention') })).fileID;

    const checkedId = await store('files/feedback/kept.png');
    const reportedId = await store('uploads/feedback/reported.png');
    await store('uploads/feedback/unreported.png'); // stored, but its fileID never reported
    const file = (id: string, status: string, createdAt: number, fileID: string | null, cloudPath: string) => ({
      _id: id,
      accountId: 'a1',
      purpose: 'feedback',
      status,
      createdAt,
      fileID,
      cloudPath,
    });
    await db.collection(COLLECTIONS.files).add({
      data: [
        file('kept', 'checked', now - 3 * DAY, checkedId, 'files/feedback/kept.png'),
        file('reported', 'uploaded', now - 2 * DAY, reportedId, 'uploads/feedback/reported.png'),
        file('unreported', 'pending', now - 2 * DAY, null, 'uploads/feedback/unreported.png'),
        file('fresh', 'pending', now - DAY / 2, null, 'uploads/feedback/fresh.png'),
      ],
    });
    const message = (id: string, createdAt: number) => ({
      _id: id,
      accountId: 'a1',
      kind: 'x',
      title: 't',
      body: 'b',
      createdAt,
      readAt: null,
    });
    await db
      .collection(COLLECTIONS.messages)
      .add({ data: [message('old', now - 366 * DAY), message('new', now - 300 * DAY)] });
    await db.collection(COLLECTIONS.loginAttempts).add({
      data: [
        { _id: 'account:old', failures: 1, lastFailureAt: now - 181 * DAY, lockedUntil: null, locks: 0 },
        { _id: 'account:new', failures: 1, lastFailureAt: now - DAY, lockedUntil: null, locks: 0 },
      ],
    });

    expect(await timer(env)).toEqual({
      ok: true,
      data: { removed: { files: 2, messages: 1, login_attempts: 1 }, complete: true },
    });
    expect(idsInSqlite(env, COLLECTIONS.files)).toEqual(['fresh', 'kept']);
    expect(idsInSqlite(env, COLLECTIONS.messages)).toEqual(['new']);
    expect(idsInSqlite(env, COLLECTIONS.loginAttempts)).toEqual(['account:new']);
    expect(bytesOnDisk(env, 'uploads/feedback/reported.png')).toBe(false);
    expect(bytesOnDisk(env, 'uploads/feedback/unreported.png')).toBe(false);
    expect(bytesOnDisk(env, 'files/feedback/kept.png')).toBe(true);

    // 70 days on (the function's clock), the message sent 300 days ago and the fresh upload have expired too.
    advance(70 * DAY);
    expect(await timer(env)).toEqual({ ok: true, data: { removed: { files: 1, messages: 1 }, complete: true } });
    expect(idsInSqlite(env, COLLECTIONS.messages)).toEqual([]);
    expect(idsInSqlite(env, COLLECTIONS.files)).toEqual(['kept']);
    expect(await timer(env)).toEqual({ ok: true, data: { removed: {}, complete: true } });

    // Each run is a link of the audit chain: counts per collection, nothing about whose data it was.
    const runs = (await db.collection(COLLECTIONS.auditLog).where({ action: 'retention.purged' }).get()) as unknown as {
      data: { actor: string; seq: number; details: Record<string, unknown> }[];
    };
    expect(runs.data.sort((a, b) => a.seq - b.seq).map(({ actor, details }) => ({ actor, details }))).toEqual([
      { actor: 'system', details: { complete: true, files: 2, messages: 1, login_attempts: 1 } },
      { actor: 'system', details: { complete: true, files: 1, messages: 1 } },
      { actor: 'system', details: { complete: true } },
    ]);
    expect(runs.data.map((r) => r.seq).sort()).toEqual([1, 2, 3]);
    expect(JSON.stringify(runs.data.map((r) => r.details))).not.toMatch(/"a1"|cloud:\/\/|feedback/);
  });

  it('a person cannot run the purge: it is an admin action', async () => {
    const env = t().freshEnv('retention-caller');
    const r = (await t()
      .sdk({ env, openid: 'oNobody000001' })
      .callFunction({ name: 'files', data: { action: 'purgeExpired' } })) as unknown as {
      result: { ok: boolean };
    };
    expect(r.result.ok).toBe(false);
  });
});

/**
 * `npm run bench` (pushes): recipients per second of a 10,000-recipient staff push on the local
 * cloud — the notify function bundle, through the real SDK, every recipient holding a one-time grant
 * (so each one is an inbox message plus a WeChat send). The people are seeded into the SQLite file
 * (registration through the account function would take minutes); the job runs as it does for staff.
 */
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INDEXES } from '../../config/cloud/indexes';
import { localCloudTemplates } from '../../cloudfunctions/lib/notify/subscription-templates';
import type { PushJobCreated, PushProgress } from '../../cloudfunctions/lib/contract/notify';
import type { Result } from '../../cloudfunctions/lib/contract/result';
import { startLocalCloud } from '../../localcloud';
import { tableName } from '../../localcloud/database/json-path';
import { agreeThrough } from '../integration/account/agree';
import { approvePush } from '../support/approve-push';
import { sdkAt } from '../support/local-cloud';
import { seedAccounts } from '../support/push-seed';
import { COLLECTIONS } from '../../cloudfunctions/lib/infra/collections';

const ROOT = resolve(__dirname, '..', '..');
const PEOPLE = Number(process.env.BENCH_PUSH_RECIPIENTS ?? 10_000);
const STAFF_OPENID = 'oBenchStaff001';
/** Issue 18: the inbox path of a 10,000-recipient job at 2,000 recipients a second or more. */
const INBOX_BUDGET = 2000;

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'cloudfunctions', 'notify', 'index.js'))) {
    execSync('npm run --silent build:functions', { cwd: ROOT, stdio: 'inherit' });
  }
  process.env.QYB_CHANNELS = 'local-stand-in';
  process.env.QYB_WECHAT_SENDS_PER_SECOND = process.env.QYB_WECHAT_SENDS_PER_SECOND ?? '100000';
  process.env.QYB_PUSH_RUN_BUDGET_MS = '20000';
  // The seeded staff member has no second factor enrolled; the local cloud's rule (README, staff).
  process.env.QYB_STAFF_FACTOR = 'when-enrolled';
  // The audit ledger's key, as an operator sets it (any 32 bytes: the bench keeps no records).
  process.env.QYB_LEDGER_KEY ??= randomBytes(32).toString('base64');
  const templates = localCloudTemplates({});
  const serviceNotice = templates.find((t) => t.key === 'serviceNotice')?.id ?? '';
  const dataDir = mkdtempSync(join(tmpdir(), 'push-bench-'));
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir: join(ROOT, 'dist', 'cloudfunctions'),
    indexes: INDEXES,
    subscriptions: { templates: templates.map((t) => t.id) },
  });
  const env = 'bench';
  try {
    const now = Date.now();
    seedAccounts(cloud, env, { count: PEOPLE, grants: [serviceNotice], createdAt: now - 60_000 });
    // The staff member: an account with the pusher role and a live session for their WeChat identity.
    const store = cloud.store(env);
    store.ensureCollection(COLLECTIONS.sessions);
    store.db.prepare(`INSERT INTO ${tableName(COLLECTIONS.accounts)} (id, doc, ver) VALUES (?, ?, 1)`).run(
      'benchstaff',
      JSON.stringify({
        _id: 'benchstaff',
        accountName: 'bench_staff',
        openid: STAFF_OPENID,
        roles: ['user', 'pusher'],
        statusState: 'active',
        statusReason: null,
        statusUntil: null,
        closedAt: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    store.db.prepare(`INSERT INTO ${tableName(COLLECTIONS.sessions)} (id, doc, ver) VALUES (?, ?, 1)`).run(
      'benchsession',
      JSON.stringify({
        _id: 'benchsession',
        openid: STAFF_OPENID,
        accountId: 'benchstaff',
        createdAt: now,
        expiresAt: now + 3_600_000,
        endedAt: null,
        endReason: null,
      }),
    );

    const sdk = sdkAt(cloud.serviceUrl, { env, openid: STAFF_OPENID });
    const call = async <T>(action: string, input: unknown): Promise<T> => {
      const r = (await sdk.callFunction({ name: 'notify', data: { action, input } })) as unknown as {
        result: Result<T>;
      };
      if (!r.result.ok) throw new Error(`${action}: ${r.result.error.code}`);
      return r.result.data;
    };
    // Staff agree to the documents in force first, as the agreement gate makes them do.
    await agreeThrough(async (action, input) => {
      const r = (await sdk.callFunction({ name: 'consent', data: { action, input } })) as unknown as {
        result: Result<unknown>;
      };
      return r.result;
    });
    const job = await call<PushJobCreated>('createPushJob', {
      title: '系统维护通知',
      body: '周六 02:00–04:00 暂停服务',
      kind: 'staff.push',
      audience: { type: 'everyone' },
    });
    await approvePush(sdkAt(cloud.serviceUrl, { env }).database(), job.jobId);
    const started = Date.now();
    let progress = await call<PushProgress>('runPushJob', { jobId: job.jobId });
    while (progress.status !== 'done') progress = await call<PushProgress>('runPushJob', { jobId: job.jobId });
    const seconds = (Date.now() - started) / 1000;
    const outbox = cloud.outbox(env).length;
    // The two phases, from the records themselves: the inbox phase ends with the last inbox message
    // written, the WeChat phase with the last recipient finished (sends paced at the configured rate).
    const last = (sql: string) => (store.db.prepare(sql).get() as { t: number | null }).t ?? started;
    const inboxEnd = last(`SELECT MAX(json_extract(doc, '$.createdAt')) AS t FROM ${tableName(COLLECTIONS.messages)}`);
    const wechatEnd = last(
      `SELECT MAX(json_extract(doc, '$.finishedAt')) AS t FROM ${tableName(COLLECTIONS.pushRecipients)}`,
    );
    const inboxRate = Math.round(job.audienceSize / Math.max((inboxEnd - started) / 1000, 0.001));
    const wechatRate = Math.round(outbox / Math.max((wechatEnd - inboxEnd) / 1000, 0.001));
    const row = {
      name: `push job: ${job.audienceSize} recipients`,
      inboxRate,
      wechatRate,
      pacedAt: Number(process.env.QYB_WECHAT_SENDS_PER_SECOND),
      seconds: Number(seconds.toFixed(1)),
      sent: progress.sent,
      outbox,
      ok: progress.done === job.audienceSize && outbox === PEOPLE && inboxRate >= INBOX_BUDGET,
    };
    console.log(JSON.stringify(row));
    console.log(
      `${row.ok ? 'ok  ' : 'OVER'} ${row.name}, inbox phase: ${inboxRate} recipients/s (budget ≥ ${INBOX_BUDGET})`,
    );
    console.log(
      `info WeChat phase: ${wechatRate} sends/s (paced at ≤ ${row.pacedAt}/s); whole job ${row.seconds} s, ${outbox} WeChat messages`,
    );
    if (!row.ok) process.exitCode = 1;
  } finally {
    await cloud.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

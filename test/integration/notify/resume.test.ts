import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { approvePush } from '../../support/approve-push';
import { join } from 'node:path';
import type { PushJobCreated, PushProgress } from '../../../cloudfunctions/lib/contract/notify';
import { seedAccounts, seededOpenid } from '../../support/push-seed';
import { STAFF } from '../account/account-cloud';
import { notifyCloud, SERVICE_NOTICE } from './notify-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = notifyCloud({ fileClock: true });
/**
 * More than two steps of 1,000, so the job is killed with work before and after it: the resume is
 * the same at any size (the bench runs a 10,000-recipient job for speed).
 */
const PEOPLE = 2500;

jest.setTimeout(600_000);

/** Sets the notify function's timeout (config.json) and makes the local cloud start fresh instances. */
function setTimeoutSeconds(seconds: number) {
  const dir = join(t.functionsDir, 'notify');
  const file = join(dir, 'config.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...config, timeout: seconds }));
  const later = new Date(Date.now() + seconds * 1000);
  utimesSync(join(dir, 'index.js'), later, later);
}

describe('a 2,500-recipient push interrupted midway and resumed', () => {
  it('sends each message once: one inbox message per person, at most one WeChat message, none twice', async () => {
    const env = t.cloud().freshEnv('resume');
    await t.register(env, STAFF, ['user', 'pusher']);
    seedAccounts(t.cloud().cloud, env, { count: PEOPLE, grants: [SERVICE_NOTICE], createdAt: Date.now() - 60_000 });

    const job = await t.data<PushJobCreated>(env, STAFF.openid, 'createPushJob', {
      title: '系统维护通知',
      body: '周六 02:00–04:00 暂停服务',
      kind: 'staff.push',
      audience: { type: 'everyone' },
    });
    await approvePush(t.cloud().sdk({ env }).database(), job.jobId);
    expect(job.audienceSize).toBe(PEOPLE + 1);

    // A first step sends to a thousand; then the instance is killed by its timeout in the middle of
    // a batch: a crash, not a clean stop.
    // (A step also stops at its time budget: on a busy machine the thousand may take a few clean steps.)
    const step = () => t.data<PushProgress>(env, STAFF.openid, 'runPushJob', { jobId: job.jobId, limit: 1000 });
    let first = await step();
    for (let calls = 1; first.done < 1000 && calls < 20; calls++) first = await step();
    expect(first.done).toBeGreaterThanOrEqual(1000);
    setTimeoutSeconds(2);
    await expect(
      t
        .cloud()
        .sdk({ env, openid: STAFF.openid })
        .callFunction({ name: 'notify', data: { action: 'runPushJob', input: { jobId: job.jobId } } }),
    ).rejects.toThrow(/timed out/i);
    // The usual timeout again before the next call: a status read under the 2-second one fails too
    // when the machine is busy and the fresh instance starts slowly.
    setTimeoutSeconds(60);
    const midway = await t.data<PushProgress>(env, STAFF.openid, 'pushJobStatus', { jobId: job.jobId });
    expect(midway.status).toBe('sending');
    expect(midway.done).toBeGreaterThanOrEqual(first.done);
    expect(midway.done).toBeLessThan(PEOPLE);

    // Claims left by the killed instance become stale: the functions' clock moves past
    // QYB_PUSH_STALE_CLAIM_MS instead of the test sleeping for it.
    t.advance(Number(process.env.QYB_PUSH_STALE_CLAIM_MS) + 1000);
    let progress = midway;
    for (let calls = 0; progress.status !== 'done' && calls < 50; calls++) {
      progress = await t.data<PushProgress>(env, STAFF.openid, 'runPushJob', { jobId: job.jobId });
    }
    expect(progress.status).toBe('done');
    expect(progress.done).toBe(PEOPLE + 1);

    const recipients = await t.find<{ accountId: string; state: string; reason: string | null }>(
      env,
      COLLECTIONS.pushRecipients,
      {
        jobId: job.jobId,
      },
    );
    expect(recipients).toHaveLength(PEOPLE + 1);
    expect(new Set(recipients.map((r) => r.accountId)).size).toBe(PEOPLE + 1);
    // Only a send WeChat may or may not have received when the instance died is left uncertain.
    const uncertain = recipients.filter((r) => r.reason === 'uncertain');
    expect(uncertain.length).toBeLessThanOrEqual(16);

    const outbox = t.cloud().cloud.outbox(env);
    const perPerson = new Map<string, number>();
    for (const m of outbox) perPerson.set(m.touser, (perPerson.get(m.touser) ?? 0) + 1);
    expect([...perPerson.values()].every((n) => n === 1)).toBe(true);
    const uncertainOpenids = new Set(uncertain.map((r) => seededOpenid(Number(r.accountId.slice(-7)))));
    for (let i = 0; i < PEOPLE; i++) {
      const openid = seededOpenid(i);
      if (!uncertainOpenids.has(openid)) expect([openid, perPerson.get(openid)]).toEqual([openid, 1]);
    }
    expect(progress.sent).toBe(PEOPLE - uncertain.length);

    const messages = await t.find<{ accountId: string }>(env, COLLECTIONS.messages, { kind: 'staff.push' });
    expect(messages).toHaveLength(PEOPLE + 1);
    expect(new Set(messages.map((m) => m.accountId)).size).toBe(PEOPLE + 1);
  });
});

import type { PushJobCreated, PushProgress } from '../../../cloudfunctions/lib/contract/notify';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';
import { ALICE, STAFF } from '../account/account-cloud';
import { notifyCloud } from './notify-cloud';

const t = notifyCloud();
/** More unfinished jobs than the old `.limit(20)` read. */
const JOBS = 21;

jest.setTimeout(180_000);

async function openJobs(env: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const job = await t.data<PushJobCreated>(env, STAFF.openid, 'createPushJob', {
      title: `通知 ${i + 1}`,
      body: '办理时间调整。',
      kind: 'staff.push',
      audience: { type: 'person', accountName: ALICE.accountName },
    });
    ids.push(job.jobId);
  }
  return ids;
}

describe('resuming unfinished push jobs', () => {
  it('carries on every unfinished job, however many (was: the first 20)', async () => {
    const env = t.cloud().freshEnv('resume-all');
    await t.register(env, ALICE);
    await t.register(env, STAFF, ['user', 'pusher']);
    const ids = await openJobs(env, JOBS);

    const { jobs } = await t.data<{ jobs: PushProgress[] }>(env, STAFF.openid, 'resumePushJobs');
    expect(jobs.map((j) => j.jobId).sort()).toEqual([...ids].sort());
    expect(jobs.every((j) => j.status === 'done')).toBe(true);
    expect(
      await t.find(env, COLLECTIONS.messages, {
        accountId: (await t.find<{ _id: string }>(env, COLLECTIONS.accounts, { accountName: ALICE.accountName }))[0]
          ?._id,
      }),
    ).toHaveLength(JOBS);
  });

  it('is what the timer trigger runs, dispatched by the handler, with no WeChat identity', async () => {
    const env = t.cloud().freshEnv('resume-timer');
    await t.register(env, ALICE);
    await t.register(env, STAFF, ['user', 'pusher']);
    const [jobId] = await openJobs(env, 1);

    const fired = (await t
      .cloud()
      .sdk({ env })
      .callFunction({
        name: 'notify',
        data: { Type: 'Timer', TriggerName: 'resumePushJobs', Time: new Date().toISOString() },
      })) as unknown as { result: { ok: boolean; data: { jobs: PushProgress[] } } };
    expect(fired.result.ok).toBe(true);
    expect(fired.result.data.jobs).toEqual([expect.objectContaining({ jobId, status: 'done', done: 1 })]);
    const audit = await t.find<{ action: string; actor: string }>(env, COLLECTIONS.auditLog, {
      action: 'push.job-resumed',
    });
    expect(audit.map((a) => a.actor)).toEqual(['timer']);
  });
});

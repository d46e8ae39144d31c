/**
 * Issue 18: the inbox does not wait for WeChat's pace. With WeChat sends throttled to 20 a second
 * and a 2-second budget per call, one run must still put the job's message in every inbox (300
 * people: more than one audience page of the old runner, which sent each page to WeChat before
 * reading the next), while WeChat has been asked for only what the pace allows; the following runs
 * send the rest, each person once.
 */
import { approvePush } from '../../support/approve-push';
import type { PushJobCreated, PushProgress } from '../../../cloudfunctions/lib/contract/notify';
import { seedAccounts } from '../../support/push-seed';
import { STAFF } from '../account/account-cloud';
import { notifyCloud, SERVICE_NOTICE } from './notify-cloud';
import { COLLECTIONS } from '../../../cloudfunctions/lib/infra/collections';

const t = notifyCloud();
const PEOPLE = 300;
// After notify-cloud's defaults, before the local cloud starts the function (which reads them then).
process.env.QYB_WECHAT_SENDS_PER_SECOND = '20';
process.env.QYB_PUSH_RUN_BUDGET_MS = '2000';

jest.setTimeout(300_000);

describe('a push whose WeChat sends are paced', () => {
  it('writes every inbox message in the first run and leaves the WeChat sends to the pace', async () => {
    const env = t.cloud().freshEnv('paced');
    await t.register(env, STAFF, ['user', 'pusher']);
    seedAccounts(t.cloud().cloud, env, { count: PEOPLE, grants: [SERVICE_NOTICE], createdAt: Date.now() - 60_000 });
    const job = await t.data<PushJobCreated>(env, STAFF.openid, 'createPushJob', {
      title: '系统维护通知',
      body: '周六 02:00–04:00 暂停服务',
      kind: 'staff.push',
      audience: { type: 'everyone' },
    });
    await approvePush(t.cloud().sdk({ env }).database(), job.jobId);

    const first = await t.data<PushProgress>(env, STAFF.openid, 'runPushJob', { jobId: job.jobId });
    const pushed = async () =>
      (await t.find<{ accountId: string; title: string }>(env, COLLECTIONS.messages)).filter(
        (m) => m.title === '系统维护通知',
      );
    const inbox = await pushed();
    const asked = t.cloud().cloud.outbox(env).length;
    expect(new Set(inbox.map((m) => m.accountId)).size).toBe(job.audienceSize);
    expect(first.status).toBe('sending');
    expect(asked).toBeLessThan(PEOPLE);

    let progress = first;
    for (let calls = 0; progress.status !== 'done' && calls < 60; calls++) {
      progress = await t.data<PushProgress>(env, STAFF.openid, 'runPushJob', { jobId: job.jobId });
    }
    expect(progress.status).toBe('done');
    expect(progress.sent).toBe(PEOPLE);
    const outbox = t.cloud().cloud.outbox(env);
    expect(new Set(outbox.map((m) => m.touser)).size).toBe(PEOPLE);
    expect(outbox).toHaveLength(PEOPLE);
    expect(await pushed()).toHaveLength(job.audienceSize);
  });
});

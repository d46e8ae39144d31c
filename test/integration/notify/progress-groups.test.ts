/**
 * A job's progress counts every (state, reason) group of its recipients. CloudBase's aggregate
 * answers 20 records when no limit is given, so a job with more distinct failure reasons than that
 * would under-count unless the count asks for enough groups.
 */
import { COLLECTIONS } from '../../../config/cloud/collections';
import type { PushJobCreated, PushProgress } from '../../../cloudfunctions/lib/contract/notify';
import { ALICE, STAFF } from '../account/account-cloud';
import { notifyCloud } from './notify-cloud';

// Staff made under the two-person rule and several cold function workers: more than the 30 s default on a loaded machine.
jest.setTimeout(90_000);

const t = notifyCloud();

describe('push progress', () => {
  it('counts more than 20 distinct failure reasons, none dropped', async () => {
    const env = t.cloud().freshEnv('progress');
    await t.register(env, ALICE);
    await t.register(env, STAFF, ['user', 'pusher']);
    const job = await t.data<PushJobCreated>(env, STAFF.openid, 'createPushJob', {
      title: '办事指南更新',
      body: '新的办事指南已发布。',
      kind: 'staff.push',
      audience: { type: 'person', accountName: ALICE.accountName },
    });
    let progress = await t.data<PushProgress>(env, STAFF.openid, 'runPushJob', { jobId: job.jobId });
    while (progress.status !== 'done')
      progress = await t.data<PushProgress>(env, STAFF.openid, 'runPushJob', { jobId: job.jobId });
    expect(progress.done).toBe(1);

    // Recipients that failed for 24 different reasons (as a large audience can): 25 groups in all.
    const reasons = Array.from({ length: 24 }, (_, i) => String(-600000 - i));
    const failed = reasons.map((reason, i) => ({
      _id: `${job.jobId}:failed-${i}`,
      jobId: job.jobId,
      accountId: `acc-${i}`,
      state: 'failed',
      claimedAt: 1,
      channels: { wechat: `failed:${reason}` },
      reason,
      finishedAt: 2,
    }));
    await t.cloud().sdk({ env }).database().collection(COLLECTIONS.pushRecipients).add({ data: failed });

    const status = await t.data<PushProgress>(env, STAFF.openid, 'pushJobStatus', { jobId: job.jobId });
    expect(status.failed).toBe(24);
    expect(Object.keys(status.failures).sort()).toEqual([...reasons].sort());
    expect(status.done).toBe(25);
  });
});

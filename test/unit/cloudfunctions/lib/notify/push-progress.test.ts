import { pushProgress } from '../../../../../cloudfunctions/lib/notify/push-progress';
import type { PushJobRecord } from '../../../../../cloudfunctions/lib/notify/notify.records';

const job = { _id: 'job-1', status: 'sending', audienceSize: 10 } as PushJobRecord;
const counting = (counts: Record<string, number>) => ({ counts: () => Promise.resolve(counts) });

describe('pushProgress', () => {
  it('counts inbox deliveries apart from WeChat sends: a skipped WeChat send still reached the inbox', async () => {
    const p = await pushProgress(job, counting({ 'sent|': 2, 'skipped|no-grant': 5, 'failed|43101': 1, 'queued|': 1 }));
    expect(p).toMatchObject({ inbox: 9, sent: 2, skipped: 5, failed: 1, done: 8 });
    expect(p.skips).toEqual({ 'no-grant': 5 });
  });

  it('does not count a claim in flight, whose inbox message may not be written yet', async () => {
    const p = await pushProgress(job, counting({ 'claimed|': 3, 'sending|': 2 }));
    expect(p).toMatchObject({ inbox: 2, sent: 0, done: 0 });
  });
});

import type { PushProgress } from '../contract/notify';
import type { PushJobRecord } from './notify.records';
import type { PushRecipientRepository } from './push-recipient.repository';

/** A job's progress, counted from its recipient records (the truth even after a runner stopped midway). */
export async function pushProgress(
  job: PushJobRecord,
  recipients: Pick<PushRecipientRepository, 'counts'>,
): Promise<PushProgress> {
  const counts = await recipients.counts(job._id);
  const progress: PushProgress = {
    jobId: job._id,
    status: job.status,
    audienceSize: job.audienceSize,
    done: 0,
    inbox: 0,
    sent: 0,
    skipped: 0,
    failed: 0,
    failures: {},
    skips: {},
  };
  for (const [key, n] of Object.entries(counts)) {
    const [state, reason] = key.split('|') as [string, string];
    // Every state but 'claimed' comes after the person's inbox message was written (queueBatch writes
    // messages before claims; sendClaimed writes them before marking 'sending'); a claim in flight
    // may not have it yet, so it is not counted.
    if (state !== 'claimed') progress.inbox += n;
    if (state === 'sent') progress.sent += n;
    else if (state === 'skipped') {
      progress.skipped += n;
      progress.skips[reason] = (progress.skips[reason] ?? 0) + n;
    } else if (state === 'failed') {
      progress.failed += n;
      progress.failures[reason] = (progress.failures[reason] ?? 0) + n;
    }
  }
  progress.done = progress.sent + progress.skipped + progress.failed;
  return progress;
}

import type { AccountRecord } from '../account/account.record';
import type { NotifyDeps } from './notify.deps';
import type { PushJobRecord } from './notify.records';
import { inboxMessages, recipientId, sendClaimed } from './push-send';

/** Recipients taken from the queue at once for the WeChat phase (sent CHUNK at a time inside). */
export const TAKE = 128;

/**
 * The inbox phase, a page of the audience in three requests: which of them the job has already, the
 * inbox messages of the rest in one batch insert, then their claims in one batch insert as 'queued'.
 * Messages first: their ids are fixed, so a runner that stops between the two writes leaves people
 * with a message and no claim, and the next runner's insert of those messages finds them there.
 * The unique (jobId, accountId) claim is what makes the WeChat phase send once. Returns how many
 * this runner queued.
 */
export async function queueBatch(job: PushJobRecord, accounts: readonly AccountRecord[], deps: NotifyDeps) {
  if (accounts.length === 0) return 0;
  const existing = new Set(
    (
      await deps.recipients.ofJob(
        job._id,
        accounts.map((a) => a._id),
      )
    ).map((r) => r.accountId),
  );
  const fresh = accounts.filter((a) => !existing.has(a._id));
  const now = deps.clock();
  await deps.messages.insertMany(inboxMessages(job, fresh, now));
  const mine = await deps.recipients.claimMany(
    fresh.map((a) => ({
      _id: recipientId(job._id, a._id),
      jobId: job._id,
      accountId: a._id,
      state: 'queued' as const,
      claimedAt: now,
      channels: {},
      reason: null,
      finishedAt: null,
    })),
  );
  return fresh.filter((a) => mine.has(recipientId(job._id, a._id))).length;
}

/**
 * The WeChat phase, paced by the send throttle: takes up to TAKE queued recipients (moved to
 * 'claimed' under this run's token, so a runner that stops leaves them to the stale sweep like any
 * claim), then sends as a claim is sent, without writing the inbox again. Returns how many it took.
 */
export async function sendQueued(job: PushJobRecord, runner: string, deps: NotifyDeps): Promise<number> {
  const now = deps.clock();
  const ids = await deps.recipients.takeQueued(job._id, TAKE, runner, now);
  if (ids.length === 0) return 0;
  const accounts = await deps.sources.accounts.byIds(ids);
  const gone = ids.filter((id) => !accounts.some((a) => a._id === id));
  await deps.recipients.updateMany(
    gone.map((id) => recipientId(job._id, id)),
    { state: 'skipped', reason: 'no-account', finishedAt: now },
  );
  await sendClaimed(job, accounts, deps, { inbox: false });
  return ids.length;
}

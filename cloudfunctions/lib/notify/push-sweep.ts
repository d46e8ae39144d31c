import type { NotifyDeps } from './notify.deps';
import type { PushJobRecord } from './notify.records';
import { recipientId, sendClaimed } from './push-send';

/**
 * Claims left by a runner that stopped: before WeChat was asked ('claimed') they are sent now;
 * once WeChat may have been asked ('sending') they are recorded as failed 'uncertain' rather than
 * risk a second message. Returns how many are still in flight with a live runner.
 */
export async function sweepStale(job: PushJobRecord, deps: NotifyDeps): Promise<number> {
  const now = deps.clock();
  const inFlight = await deps.recipients.inFlight(job._id);
  const stale = inFlight.filter((r) => r.claimedAt < now - deps.staleClaimMs);
  await deps.recipients.updateMany(
    stale.filter((r) => r.state === 'sending').map((r) => r._id),
    { state: 'failed', reason: 'uncertain', finishedAt: now },
  );
  const retaken: string[] = [];
  for (const r of stale.filter((x) => x.state === 'claimed')) {
    if (await deps.recipients.reclaim(r._id, 'claimed', r.claimedAt, now)) retaken.push(r.accountId);
  }
  const accounts = await deps.sources.accounts.byIds(retaken);
  const gone = retaken.filter((id) => !accounts.some((a) => a._id === id));
  await deps.recipients.updateMany(
    gone.map((id) => recipientId(job._id, id)),
    { state: 'skipped', reason: 'no-account', finishedAt: now },
  );
  await sendClaimed(job, accounts, deps);
  return inFlight.length - stale.length;
}

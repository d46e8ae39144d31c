import { randomBytes } from 'node:crypto';
import { requireRole } from '../account/account-guard';
import { PushJobIdInputSchema, RunPushJobInputSchema, type PushProgress } from '../contract/notify';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { nextBatch } from './audience';
import { PUSH_ROLES } from './create-push-job';
import type { NotifyDeps } from './notify.deps';
import { pushProgress } from './push-progress';
import { queueBatch, sendQueued } from './push-phases';
import { sweepStale } from './push-sweep';

/** Audience accounts read per step of the inbox phase (each step: three requests). */
const PAGE = 500;

/**
 * Works on a job until its budget or `limit` recipients are used up; returns the progress. Two
 * phases, so the inbox does not wait for WeChat's pace: first everyone's inbox message and claim in
 * batches, then the WeChat sends, spaced by the throttle, from the queue the first phase left.
 */
export async function runJob(jobId: string, deps: NotifyDeps, limit = Number.POSITIVE_INFINITY): Promise<PushProgress> {
  let job = await deps.jobs.get(jobId);
  if (!job) throw new AppError('NOTIFY.JOB_NOT_FOUND');
  if (job.status === 'awaiting' || job.status === 'withdrawn') throw new AppError('NOTIFY.NOT_APPROVED');
  const deadline = deps.clock() + deps.runBudgetMs;
  if (job.status === 'created') await deps.jobs.update(job._id, { status: 'sending', updatedAt: deps.clock() });
  let handled = 0;
  let sourceDone = false;
  while (job.status !== 'done' && deps.clock() < deadline && handled < limit) {
    const batch = await nextBatch(
      job.audience,
      job.cursor,
      job.audienceAt,
      Math.min(PAGE, limit - handled),
      deps.sources,
    );
    handled += await queueBatch(job, batch.accounts, deps);
    await deps.jobs.update(job._id, { cursor: batch.cursor, updatedAt: deps.clock() });
    job = { ...job, cursor: batch.cursor, status: 'sending' };
    if (batch.done) {
      sourceDone = true;
      break;
    }
  }
  const runner = randomBytes(12).toString('base64url');
  while (job.status !== 'done' && deps.clock() < deadline) {
    if ((await sendQueued(job, runner, deps)) === 0) break;
  }
  // The audience is read to its end: the job is done once nothing is queued and no claim is in flight.
  if (
    sourceDone &&
    (await sweepStale(job, deps)) === 0 &&
    (await deps.recipients.queued(job._id)) === 0 &&
    (await deps.recipients.inFlight(job._id)).length === 0
  ) {
    const now = deps.clock();
    await deps.jobs.update(job._id, { status: 'done', finishedAt: now, updatedAt: now });
    job = { ...job, status: 'done', finishedAt: now };
  }
  return pushProgress(job, deps.recipients);
}

/** Staff send (or resume) a job; the caller calls again until `status` is done. */
export async function runPushJob(input: unknown, ctx: CallContext, deps: NotifyDeps): Promise<PushProgress> {
  const data = parseInput(RunPushJobInputSchema, input);
  const { account: staff } = await requireRole(ctx, deps.guard, PUSH_ROLES);
  const progress = await runJob(data.jobId, deps, data.limit);
  await deps.audit.record({
    at: deps.clock(),
    actor: staff._id,
    action: 'push.job-run',
    target: data.jobId,
    details: { status: progress.status, done: progress.done, sent: progress.sent, failed: progress.failed },
  });
  return progress;
}

export async function pushJobStatus(input: unknown, ctx: CallContext, deps: NotifyDeps): Promise<PushProgress> {
  const { jobId } = parseInput(PushJobIdInputSchema, input);
  await requireRole(ctx, deps.guard, PUSH_ROLES);
  const job = await deps.jobs.get(jobId);
  if (!job) throw new AppError('NOTIFY.JOB_NOT_FOUND');
  return pushProgress(job, deps.recipients);
}

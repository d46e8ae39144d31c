import type { AccountRecord } from '../account/account.record';
import { requireRole } from '../account/account-guard';
import { PushJobIdInputSchema, RunPushJobInputSchema, type PushProgress } from '../contract/notify';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { nextBatch } from './audience';
import { PUSH_ROLES } from './create-push-job';
import { deliverNotice } from './deliver-notice';
import type { NoticeKind } from './notifier';
import type { NotifyDeps } from './notify.deps';
import type { PushJobRecord } from './notify.records';
import { accountsRepo, jobsRepo, preferencesRepo, recipientsRepo } from './notify.repository';
import { pushProgress } from './push-progress';

const PAGE = 100;
const PARALLEL = 8;

const recipientId = (jobId: string, accountId: string) => `${jobId}:${accountId}`;

async function inParallel<T>(items: readonly T[], n: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

/** Sends to one claimed recipient and records the outcome. */
async function sendTo(
  job: PushJobRecord,
  account: AccountRecord,
  choices: Record<string, boolean> | undefined,
  deps: NotifyDeps,
  now: number,
) {
  const id = recipientId(job._id, account._id);
  const outcome = await deliverNotice(
    { accountId: account._id, kind: job.kind as NoticeKind, title: job.title, body: job.body },
    now,
    {
      account,
      choices,
      // The same message id on every attempt: a taken-over claim cannot put it in the inbox twice.
      messageId: `push:${id}`,
      beforeWechat: async () => {
        await recipientsRepo.update(id, { state: 'sending' });
      },
    },
    deps.delivery,
  );
  await recipientsRepo.update(id, {
    state: outcome.state,
    reason: outcome.reason,
    channels: outcome.channels,
    finishedAt: Date.now(),
  });
}

/** Claims then sends: only the runner whose insert of (jobId, accountId) succeeded sends to that person. */
async function sendBatch(job: PushJobRecord, accounts: AccountRecord[], deps: NotifyDeps): Promise<number> {
  if (accounts.length === 0) return 0;
  const ids = accounts.map((a) => a._id);
  const existing = new Set((await recipientsRepo.ofJob(job._id, ids)).map((r) => r.accountId));
  const fresh = accounts.filter((a) => !existing.has(a._id));
  const prefs = new Map((await preferencesRepo.forIds(fresh.map((a) => a._id))).map((p) => [p._id, p.choices]));
  let handled = 0;
  await inParallel(fresh, PARALLEL, async (account) => {
    const now = Date.now();
    const claimed = await recipientsRepo.claim({
      _id: recipientId(job._id, account._id),
      jobId: job._id,
      accountId: account._id,
      state: 'claimed',
      claimedAt: now,
      channels: {},
      reason: null,
      finishedAt: null,
    });
    if (!claimed) return;
    await sendTo(job, account, prefs.get(account._id), deps, now);
    handled++;
  });
  return handled;
}

/**
 * Claims left by a runner that stopped: before WeChat was asked ('claimed') they are sent now
 * (the inbox message id is fixed, so it is not duplicated); once WeChat may have been asked
 * ('sending') they are recorded as failed 'uncertain' rather than risk a second message.
 */
async function sweepStale(job: PushJobRecord, deps: NotifyDeps): Promise<number> {
  const now = Date.now();
  const inFlight = await recipientsRepo.inFlight(job._id);
  const stale = inFlight.filter((r) => r.claimedAt < now - deps.staleClaimMs);
  const uncertain = stale.filter((r) => r.state === 'sending');
  for (const r of uncertain) {
    await recipientsRepo.update(r._id, { state: 'failed', reason: 'uncertain', finishedAt: now });
  }
  const retry = stale.filter((r) => r.state === 'claimed');
  const accounts = new Map((await accountsRepo.byIds(retry.map((r) => r.accountId))).map((a) => [a._id, a]));
  const prefs = new Map((await preferencesRepo.forIds(retry.map((r) => r.accountId))).map((p) => [p._id, p.choices]));
  for (const r of retry) {
    const account = accounts.get(r.accountId);
    if (!(await recipientsRepo.reclaim(r._id, 'claimed', r.claimedAt, now))) continue;
    if (!account) await recipientsRepo.update(r._id, { state: 'skipped', reason: 'no-account', finishedAt: now });
    else await sendTo(job, account, prefs.get(account._id), deps, now);
  }
  return inFlight.length - stale.length;
}

/** Works on a job until its budget or `limit` recipients are used up; returns the progress. */
export async function runJob(jobId: string, deps: NotifyDeps, limit = Number.POSITIVE_INFINITY): Promise<PushProgress> {
  let job = await jobsRepo.get(jobId);
  if (!job) throw new AppError('NOTIFY.JOB_NOT_FOUND');
  const deadline = Date.now() + deps.runBudgetMs;
  if (job.status === 'created') await jobsRepo.update(job._id, { status: 'sending', updatedAt: Date.now() });
  let handled = 0;
  let sourceDone = false;
  while (job.status !== 'done' && Date.now() < deadline && handled < limit) {
    const batch = await nextBatch(job.audience, job.cursor, job.audienceAt, Math.min(PAGE, limit - handled));
    handled += await sendBatch(job, batch.accounts, deps);
    await jobsRepo.update(job._id, { cursor: batch.cursor, updatedAt: Date.now() });
    job = { ...job, cursor: batch.cursor, status: 'sending' };
    if (batch.done) {
      sourceDone = true;
      break;
    }
  }
  if (sourceDone && (await sweepStale(job, deps)) === 0 && (await recipientsRepo.inFlight(job._id)).length === 0) {
    const now = Date.now();
    await jobsRepo.update(job._id, { status: 'done', finishedAt: now, updatedAt: now });
    job = { ...job, status: 'done', finishedAt: now };
  }
  return pushProgress(job);
}

/** Staff send (or resume) a job; the caller calls again until `status` is done. */
export async function runPushJob(input: unknown, ctx: CallContext, deps: NotifyDeps): Promise<PushProgress> {
  const data = parseInput(RunPushJobInputSchema, input);
  const { account: staff } = await requireRole(ctx, deps.guard, PUSH_ROLES);
  const progress = await runJob(data.jobId, deps, data.limit);
  await deps.audit.record({
    at: Date.now(),
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
  const job = await jobsRepo.get(jobId);
  if (!job) throw new AppError('NOTIFY.JOB_NOT_FOUND');
  return pushProgress(job);
}

/** The timer trigger (and admins): carries on every job a runner left unfinished. */
export async function resumeUnfinishedJobs(deps: NotifyDeps): Promise<PushProgress[]> {
  const out: PushProgress[] = [];
  for (const job of await jobsRepo.unfinished()) out.push(await runJob(job._id, deps));
  return out;
}

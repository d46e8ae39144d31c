import type { AccountRecord } from '../account/account.record';
import { requireRole } from '../account/account-guard';
import { PushJobIdInputSchema, RunPushJobInputSchema, type PushProgress } from '../contract/notify';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { nextBatch } from './audience';
import { PUSH_ROLES } from './create-push-job';
import { inboxMessage, planWechat, sendOther, sendWechat, summarize, type Delivery } from './deliver-notice';
import type { Notice, NoticeKind } from './notifier';
import type { NotifyDeps } from './notify.deps';
import type { GrantRecord, PushJobRecord } from './notify.records';
import { accountsRepo, grantsRepo, jobsRepo, messagesRepo, preferencesRepo, recipientsRepo } from './notify.repository';
import { pushProgress } from './push-progress';

const PAGE = 100;
const PARALLEL = 8;
/** Recipients marked 'sending' at once: the most a crash can leave uncertain. */
const CHUNK = 16;

const recipientId = (jobId: string, accountId: string) => `${jobId}:${accountId}`;

async function inParallel<T>(items: readonly T[], n: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

const noticeFor = (job: PushJobRecord, accountId: string): Notice => ({
  accountId,
  kind: job.kind as NoticeKind,
  title: job.title,
  body: job.body,
});

/**
 * Sends to recipients this runner has claimed: inbox messages in one write (their ids are fixed, so
 * a taken-over claim cannot add a second one), then 'sending' on those WeChat will be asked for
 * (from then on a crash leaves them uncertain, never resent), then each send, then the outcomes
 * in as few writes as there are different outcomes.
 */
async function sendClaimed(job: PushJobRecord, accounts: readonly AccountRecord[], deps: NotifyDeps): Promise<void> {
  if (accounts.length === 0) return;
  const now = Date.now();
  const ids = accounts.map((a) => a._id);
  const [prefs, grants] = await Promise.all([
    preferencesRepo.forIds(ids),
    grantsRepo.forIds(deps.delivery.templates.map((t) => ids.map((id) => `${id}:${t.id}`)).flat()),
  ]);
  const choices = new Map(prefs.map((p) => [p._id, p.choices]));
  const grantOf = new Map(grants.map((g) => [`${g.accountId}:${g.templateId}`, g]));
  await messagesRepo.insertMany(
    accounts.map((a) => inboxMessage(noticeFor(job, a._id), `push:${recipientId(job._id, a._id)}`, now)),
  );

  const plans = accounts.map((account) => {
    const target = { account, choices: choices.get(account._id) };
    const notice = noticeFor(job, account._id);
    const template = deps.delivery.templates.find((t) => (t.kinds as readonly string[]).includes(job.kind));
    const grant = template ? (grantOf.get(`${account._id}:${template.id}`) ?? null) : null;
    return { account, target, notice, grant, plan: planWechat(notice, now, target, deps.delivery, grant) };
  });
  for (let at = 0; at < plans.length; at += CHUNK) await sendChunk(job, plans.slice(at, at + CHUNK), now, deps);
}

type Planned = {
  account: AccountRecord;
  target: { account: AccountRecord; choices: Record<string, boolean> | undefined };
  notice: Notice;
  grant: GrantRecord | null;
  plan: ReturnType<typeof planWechat>;
};

/**
 * A few recipients at a time: 'sending' on those WeChat will be asked for (from then on a crash
 * leaves them uncertain, never resent — at most CHUNK per crash), their one-time grants spent in
 * one write, the sends, then the outcomes in as few writes as there are different outcomes.
 */
async function sendChunk(job: PushJobRecord, plans: readonly Planned[], now: number, deps: NotifyDeps): Promise<void> {
  const sending = plans.filter((p) => p.plan.send);
  await recipientsRepo.updateMany(
    sending.map((p) => recipientId(job._id, p.account._id)),
    { state: 'sending' },
  );
  const oneTime = sending.filter((p) => p.plan.send && !(p.plan.template.longTerm && p.grant?.longTerm));
  await grantsRepo.spendMany(
    oneTime.map((p) => (p.plan.send ? `${p.account._id}:${p.plan.template.id}` : '')),
    now,
  );
  const outcomes = new Map<string, Delivery>();
  await inParallel(plans, PARALLEL, async ({ account, target, notice, grant, plan }) => {
    const held = plan.send && !(plan.template.longTerm && grant?.longTerm) ? 'one-time' : 'long-term';
    const wechat = plan.send ? await sendWechat(plan, notice, now, account, deps.delivery, held) : plan.outcome;
    const sms = await sendOther('sms', notice, now, target, deps.delivery);
    const email = await sendOther('email', notice, now, target, deps.delivery);
    outcomes.set(account._id, summarize({ wechat, sms, email }));
  });
  const groups = new Map<string, { delivery: Delivery; ids: string[] }>();
  for (const [accountId, delivery] of outcomes) {
    const key = JSON.stringify(delivery);
    const group = groups.get(key) ?? { delivery, ids: [] };
    group.ids.push(recipientId(job._id, accountId));
    groups.set(key, group);
  }
  const finishedAt = Date.now();
  for (const { delivery, ids: group } of groups.values()) {
    await recipientsRepo.updateMany(group, { ...delivery, finishedAt });
  }
}

/** Claims then sends: only the runner whose insert of (jobId, accountId) succeeded sends to that person. */
async function sendBatch(job: PushJobRecord, accounts: AccountRecord[], deps: NotifyDeps): Promise<number> {
  if (accounts.length === 0) return 0;
  const existing = new Set(
    (
      await recipientsRepo.ofJob(
        job._id,
        accounts.map((a) => a._id),
      )
    ).map((r) => r.accountId),
  );
  const fresh = accounts.filter((a) => !existing.has(a._id));
  const now = Date.now();
  const mine = await recipientsRepo.claimMany(
    fresh.map((a) => ({
      _id: recipientId(job._id, a._id),
      jobId: job._id,
      accountId: a._id,
      state: 'claimed' as const,
      claimedAt: now,
      channels: {},
      reason: null,
      finishedAt: null,
    })),
  );
  const claimed = fresh.filter((a) => mine.has(recipientId(job._id, a._id)));
  await sendClaimed(job, claimed, deps);
  return claimed.length;
}

/**
 * Claims left by a runner that stopped: before WeChat was asked ('claimed') they are sent now;
 * once WeChat may have been asked ('sending') they are recorded as failed 'uncertain' rather than
 * risk a second message. Returns how many are still in flight with a live runner.
 */
async function sweepStale(job: PushJobRecord, deps: NotifyDeps): Promise<number> {
  const now = Date.now();
  const inFlight = await recipientsRepo.inFlight(job._id);
  const stale = inFlight.filter((r) => r.claimedAt < now - deps.staleClaimMs);
  await recipientsRepo.updateMany(
    stale.filter((r) => r.state === 'sending').map((r) => r._id),
    { state: 'failed', reason: 'uncertain', finishedAt: now },
  );
  const retaken: string[] = [];
  for (const r of stale.filter((x) => x.state === 'claimed')) {
    if (await recipientsRepo.reclaim(r._id, 'claimed', r.claimedAt, now)) retaken.push(r.accountId);
  }
  const accounts = await accountsRepo.byIds(retaken);
  const gone = retaken.filter((id) => !accounts.some((a) => a._id === id));
  await recipientsRepo.updateMany(
    gone.map((id) => recipientId(job._id, id)),
    { state: 'skipped', reason: 'no-account', finishedAt: now },
  );
  await sendClaimed(job, accounts, deps);
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
  // The audience is read to its end: the job is done once no claim is left in flight.
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

import type { AccountRecord } from '../account/account.record';
import { inboxMessage, planWechat, sendOther, sendWechat, summarize, type Delivery } from './deliver-notice';
import type { Notice, NoticeKind } from './notifier';
import type { NotifyDeps } from './notify.deps';
import type { GrantRecord, PushJobRecord } from './notify.records';

const PARALLEL = 8;
/** Recipients marked 'sending' at once: the most a crash can leave uncertain. */
const CHUNK = 16;

export const recipientId = (jobId: string, accountId: string) => `${jobId}:${accountId}`;

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

/** The job's inbox message for each person, under an id fixed by job and person (so written once). */
export const inboxMessages = (job: PushJobRecord, accounts: readonly AccountRecord[], now: number) =>
  accounts.map((a) => inboxMessage(noticeFor(job, a._id), `push:${recipientId(job._id, a._id)}`, now));

/**
 * Sends to recipients this runner has claimed: inbox messages in one write unless the inbox phase
 * wrote them already (their ids are fixed, so a taken-over claim cannot add a second one), then
 * 'sending' on those WeChat will be asked for
 * (from then on a crash leaves them uncertain, never resent), then each send, then the outcomes
 * in as few writes as there are different outcomes.
 */
export async function sendClaimed(
  job: PushJobRecord,
  accounts: readonly AccountRecord[],
  deps: NotifyDeps,
  { inbox = true }: { inbox?: boolean } = {},
): Promise<void> {
  if (accounts.length === 0) return;
  const now = deps.clock();
  const ids = accounts.map((a) => a._id);
  const [prefs, grants] = await Promise.all([
    deps.preferences.forIds(ids),
    deps.delivery.grants.forIds(deps.delivery.templates.map((t) => ids.map((id) => `${id}:${t.id}`)).flat()),
  ]);
  const choices = new Map(prefs.map((p) => [p._id, p.choices]));
  const grantOf = new Map(grants.map((g) => [`${g.accountId}:${g.templateId}`, g]));
  if (inbox) await deps.messages.insertMany(inboxMessages(job, accounts, now));

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
  await deps.recipients.updateMany(
    sending.map((p) => recipientId(job._id, p.account._id)),
    { state: 'sending' },
  );
  const oneTime = sending.filter((p) => p.plan.send && !(p.plan.template.longTerm && p.grant?.longTerm));
  await deps.delivery.grants.spendMany(
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
  const finishedAt = deps.clock();
  for (const { delivery, ids: group } of groups.values()) {
    await deps.recipients.updateMany(group, { ...delivery, finishedAt });
  }
}

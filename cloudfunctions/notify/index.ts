// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { FUNCTIONS } from '../lib/contract/functions';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';
import { createPushJob, PUSH_ROLES } from '../lib/notify/create-push-job';
import { listTemplates, recordGrants } from '../lib/notify/grant-actions';
import { deleteMessage, listInbox, markAllRead, markRead, unreadCount } from '../lib/notify/inbox-actions';
import { createNotifyDeps } from '../lib/notify/notify.deps';
import { getPreferences, setPreference } from '../lib/notify/preference-actions';
import { pushJobStatus, resumeUnfinishedJobs, runPushJob } from '../lib/notify/run-push-job';
import { requireRole } from '../lib/account/account-guard';

const n = FUNCTIONS.notify;
// Templates, channels and rates are checked here, when the instance loads.
const deps = createNotifyDeps();

async function resumeAll(deps_: typeof deps, actor: string) {
  const jobs = await resumeUnfinishedJobs(deps_);
  for (const job of jobs) {
    await deps_.audit.record({
      at: Date.now(),
      actor,
      action: 'push.job-resumed',
      target: job.jobId,
      details: { status: job.status, done: job.done, sent: job.sent, failed: job.failed },
    });
  }
  return { jobs };
}

const handler = createHandler(
  guardedActions('notify', createConsentGuardDeps(), {
    [n.inbox]: (input, ctx) => listInbox(input, ctx, deps),
    [n.unreadCount]: (input, ctx) => unreadCount(input, ctx, deps),
    [n.markRead]: (input, ctx) => markRead(input, ctx, deps),
    [n.markAllRead]: (input, ctx) => markAllRead(input, ctx, deps),
    [n.deleteMessage]: (input, ctx) => deleteMessage(input, ctx, deps),
    [n.templates]: (input, ctx) => listTemplates(input, ctx, deps),
    [n.recordGrants]: (input, ctx) => recordGrants(input, ctx, deps),
    [n.preferences]: (input, ctx) => getPreferences(input, ctx, deps),
    [n.setPreference]: (input, ctx) => setPreference(input, ctx, deps),
    [n.createPushJob]: (input, ctx) => createPushJob(input, ctx, deps),
    [n.runPushJob]: (input, ctx) => runPushJob(input, ctx, deps),
    [n.pushJobStatus]: (input, ctx) => pushJobStatus(input, ctx, deps),
    [n.resumePushJobs]: async (_input, ctx) => {
      const { account } = await requireRole(ctx, deps.guard, PUSH_ROLES);
      return resumeAll(deps, account._id);
    },
  }),
  { context: wxContext },
);

/** CloudBase's timer trigger (config.json) calls with `{ Type: 'Timer' }` and no WeChat identity. */
function isTimer(event: unknown): boolean {
  return typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';
}

export async function main(event: unknown) {
  if (isTimer(event) && !wxContext().openid) {
    try {
      return { ok: true, data: await resumeAll(deps, 'timer') };
    } catch (error) {
      console.error(JSON.stringify({ level: 'error', timer: 'resumePushJobs', error: (error as Error).stack }));
      return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后重试' } };
    }
  }
  return handler(event);
}

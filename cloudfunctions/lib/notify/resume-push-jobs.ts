import { requireRole } from '../account/account-guard';
import type { PushProgress } from '../contract/notify';
import type { CallContext } from '../handler/call-context';
import { PUSH_ROLES } from './create-push-job';
import type { NotifyDeps } from './notify.deps';
import { runJob } from './run-push-job';

/** Carries on every job a runner left unfinished, each resumption in the audit trail under `actor`. */
async function resumeAll(deps: NotifyDeps, actor: string, at: number): Promise<{ jobs: PushProgress[] }> {
  const jobs: PushProgress[] = [];
  for (const job of await deps.jobs.unfinished()) {
    const progress = await runJob(job._id, deps);
    jobs.push(progress);
    await deps.audit.record({
      at,
      actor,
      action: 'push.job-resumed',
      target: progress.jobId,
      details: { status: progress.status, done: progress.done, sent: progress.sent, failed: progress.failed },
    });
  }
  return { jobs };
}

/** Admins (and pushers) resume by hand. */
export async function resumePushJobs(_input: unknown, ctx: CallContext, deps: NotifyDeps) {
  const { account } = await requireRole(ctx, deps.guard, PUSH_ROLES);
  return resumeAll(deps, account._id, ctx.now.getTime());
}

/** The timer trigger (config.json): the same, as the `timer` actor. */
export const resumePushJobsOnTimer = (ctx: Pick<CallContext, 'now'>, deps: NotifyDeps) =>
  resumeAll(deps, 'timer', ctx.now.getTime());

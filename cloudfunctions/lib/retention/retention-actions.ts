import { requireRole, type GuardDeps } from '../account/account-guard';
import type { CallContext } from '../handler/call-context';
import { now } from '../handler/clock';
import { purgeExpired, type PurgeReport } from './purge-expired';
import type { RetentionDeps } from './retention.deps';

/**
 * Every purge run goes into the audit chain (policy §6.2 and §6.3.1(3): deletion is audited), a run
 * that removed nothing too, so a timer that stopped running shows as a gap. Only counts per
 * collection: what was deleted named nobody's data to keep.
 */
async function audited(actor: string, at: number, report: PurgeReport, deps: RetentionDeps): Promise<PurgeReport> {
  await deps.audit.record({
    at,
    actor,
    action: 'retention.purged',
    target: 'retention',
    details: { complete: report.complete, ...report.removed },
  });
  return report;
}

/**
 * The daily timer (files config.json `purgeExpired`, `0 30 3 * * * *`: seven fields, UTC+8). It
 * lives in `files`, not `account`, because a function holds one trigger only ("目前仅支持一个触发器":
 * developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/functions/triggers.md) and
 * `files` owns the storage the sweep reaches. No WeChat identity; the clock is the function's. A backlog longer than one run's budget is worked off by the next runs.
 */
export async function runRetentionTimer(deps: RetentionDeps, at: number = now().getTime()): Promise<PurgeReport> {
  return audited('system', at, await purgeExpired(deps, at), deps);
}

/** An admin runs the same purge by hand (e.g. to work off a backlog without waiting a day). */
export async function purgeExpiredByAdmin(ctx: CallContext, deps: RetentionDeps & GuardDeps): Promise<PurgeReport> {
  const { account: admin } = await requireRole(ctx, deps, ['admin']);
  const at = ctx.now.getTime();
  return audited(admin._id, at, await purgeExpired(deps, at), deps);
}

import { requireRole, type GuardDeps } from '../account/account-guard';
import type { CallContext } from '../handler/call-context';
import { now } from '../handler/clock';
import { purgeExpired, type PurgeReport } from './purge-expired';
import type { RetentionDeps } from './retention.deps';

/**
 * The daily timer (files config.json `purgeExpired`, `0 30 3 * * * *`: seven fields, UTC+8). It
 * lives in `files`, not `account`, because a function holds one trigger only ("目前仅支持一个触发器":
 * developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/guide/functions/triggers.md) and
 * `files` owns the storage the sweep reaches. No WeChat identity; the clock is the function's. A backlog longer than one run's budget is worked off by the next runs.
 */
export function runRetentionTimer(deps: RetentionDeps, at: number = now().getTime()): Promise<PurgeReport> {
  return purgeExpired(deps, at);
}

/** An admin runs the same purge by hand (e.g. to work off a backlog without waiting a day). */
export async function purgeExpiredByAdmin(ctx: CallContext, deps: RetentionDeps & GuardDeps): Promise<PurgeReport> {
  await requireRole(ctx, deps, ['admin']);
  return purgeExpired(deps, ctx.now.getTime());
}

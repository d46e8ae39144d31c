import { now } from '../handler/clock';
import type { AccountDeps } from './account.deps';
import { closeDueCancellations } from './close-account';

/** Sessions deleted per round; rounds go on until none is left or the time budget is spent. */
const PURGE_BATCH = 100;
/** Leaves room in the function's 10 s timeout (config.json) after closing due cancellations. */
const PURGE_BUDGET_MS = 5_000;

/**
 * Deletes sessions that stopped being live (ended or expired) more than the retention ago. A run
 * cut short by its budget leaves the rest for the next day's run, which starts again from the oldest.
 */
export async function purgeOldSessions(deps: AccountDeps, at: number, budgetMs = PURGE_BUDGET_MS): Promise<number> {
  const cutoff = at - deps.config.sessionRetentionMs;
  const started = Date.now();
  let total = 0;
  while (Date.now() - started < budgetMs) {
    const removed = await deps.sessions.purgeBefore(cutoff, PURGE_BATCH);
    if (removed === 0) break;
    total += removed;
  }
  return total;
}

/**
 * The account function's daily timer (config.json `closeDueCancellations`, 03:00): closes accounts
 * whose cooling-off has ended, then purges old sessions. One failing job does not stop the other;
 * the first failure is thrown afterwards so the run is logged as failed.
 */
export async function runAccountTimer(deps: AccountDeps, at: number = now().getTime()) {
  const [closed, purged] = await Promise.allSettled([
    closeDueCancellations(deps, at, 'timer'),
    purgeOldSessions(deps, at),
  ]);
  if (closed.status === 'rejected') throw closed.reason;
  if (purged.status === 'rejected') throw purged.reason;
  return { closed: closed.value, purgedSessions: purged.value };
}

import { loadLedgerKey } from '../crypto/keys';
import type { Env } from '../infra/deployment';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';
import { loadDeliverySettings } from './delivery-config';

function positive(env: Env, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

/** How long a claimed recipient stays claimed, and how long one run keeps sending. */
export function loadPushTimings(env: Env): { staleClaimMs: number; runBudgetMs: number } {
  return {
    staleClaimMs: positive(env, 'QYB_PUSH_STALE_CLAIM_MS', 120_000),
    runBudgetMs: positive(env, 'QYB_PUSH_RUN_BUDGET_MS', 20_000),
  };
}

/**
 * Everything createNotifyDeps reads from the environment, checked when the notify function loads
 * (templates, channels and rates, push timings, ledger key, staff factor); the deps themselves are
 * built on the first call (issue 18, cold start).
 */
export function checkNotifySettings(env: Env = process.env): void {
  loadStaffFactorMode(env);
  loadLedgerKey(env);
  loadDeliverySettings(env);
  loadPushTimings(env);
}

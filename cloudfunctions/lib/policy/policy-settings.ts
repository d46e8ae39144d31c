import { loadLedgerKey } from '../crypto/keys';
import type { Env } from '../infra/deployment';
import { loadDeliverySettings } from '../notify/delivery-config';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';
import { loadNoticeSettings } from './notice-settings';

/**
 * Everything createPolicyDeps reads from the environment, checked when the policy function loads
 * (notice batches, staff factor, ledger key, delivery channels and templates); the deps themselves
 * are built on the first call (issue 18, cold start).
 */
export function checkPolicySettings(env: Env = process.env): void {
  loadNoticeSettings(env);
  loadStaffFactorMode(env);
  loadLedgerKey(env);
  loadDeliverySettings(env);
}

import { loadCryptoKeys, loadLedgerKey } from '../crypto/keys';
import type { Env } from '../infra/deployment';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';

/**
 * Everything the feedback function's deps read from the environment, checked when it loads (keys,
 * ledger key, staff factor); the deps themselves are built on the first call (issue 18, cold start).
 */
export function checkFeedbackSettings(env: Env = process.env): void {
  loadCryptoKeys(env);
  loadLedgerKey(env);
  loadStaffFactorMode(env);
}

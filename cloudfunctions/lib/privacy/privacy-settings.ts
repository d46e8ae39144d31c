import { loadAccountConfig } from '../account/account.config';
import { loadCryptoKeys, loadLedgerKey } from '../crypto/keys';
import type { Env } from '../infra/deployment';
import { loadDeliverySettings } from '../notify/delivery-config';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';

/**
 * Everything createPrivacyDeps reads from the environment, checked when the privacy function loads
 * (keys, ledger key, account and staff factor settings, delivery channels and templates); the deps
 * themselves are built on the first call (issue 18, cold start).
 */
export function checkPrivacySettings(env: Env = process.env): void {
  loadCryptoKeys(env);
  loadLedgerKey(env);
  loadAccountConfig(env);
  loadStaffFactorMode(env);
  loadDeliverySettings(env);
}

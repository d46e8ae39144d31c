import { loadCryptoKeys, loadLedgerKey } from '../crypto/keys';
import type { Env } from '../infra/deployment';
import { loadDeliverySettings } from '../notify/delivery-config';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';
import { loadAccountConfig } from './account.config';

/**
 * Everything createAccountDeps reads from the environment, checked when the account function loads:
 * a missing or malformed key, a bad setting, a stand-in outside the local cloud or a placeholder
 * template id stops the instance before it serves, as before. The deps themselves (repositories,
 * seals, notifier, their modules) are built on the first call (issue 18, cold start).
 */
export function checkAccountSettings(env: Env = process.env): void {
  loadCryptoKeys(env);
  loadAccountConfig(env);
  loadLedgerKey(env);
  loadStaffFactorMode(env);
  loadDeliverySettings(env);
}

import { loadCryptoKeys, loadLedgerKey } from '../crypto/keys';
import { checkEnterpriseRegistry } from '../enterprise/create-enterprise-registry';
import type { Env } from '../infra/deployment';
import { loadDeliverySettings } from '../notify/delivery-config';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';

/**
 * Everything createRequestsDeps reads from the environment, checked when the requests function
 * loads (keys, the registry gateway outside the local cloud, ledger key, staff factor, delivery
 * channels and templates); the deps themselves are built on the first call (issue 18, cold start).
 */
export function checkRequestsSettings(env: Env = process.env): void {
  loadCryptoKeys(env);
  checkEnterpriseRegistry(env);
  loadLedgerKey(env);
  loadStaffFactorMode(env);
  loadDeliverySettings(env);
}

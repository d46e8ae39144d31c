import { loadCryptoKeys, loadLedgerKey } from '../crypto/keys';
import type { Env } from '../infra/deployment';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';
import { loadIssuer } from './oidc.config';

/**
 * What the oidc function's deps read from the environment, checked when it loads (issuer, field
 * and index keys, ledger key, staff factor); the deps are wired on the first call (issue 18, cold
 * start). The signing keys load on first use, as before only the calls that sign or publish them
 * fail when they do not.
 */
export function checkOidcSettings(env: Env = process.env): void {
  loadIssuer(env);
  loadCryptoKeys(env);
  loadLedgerKey(env);
  loadStaffFactorMode(env);
}

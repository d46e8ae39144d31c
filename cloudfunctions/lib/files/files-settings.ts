import { loadLedgerKey } from '../crypto/keys';
import type { Env } from '../infra/deployment';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';

/**
 * What the files function's deps read from the environment, checked when it loads (ledger key,
 * staff factor); the deps themselves are built on the first call (issue 18, cold start).
 */
export function checkFilesSettings(env: Env = process.env): void {
  loadLedgerKey(env);
  loadStaffFactorMode(env);
}

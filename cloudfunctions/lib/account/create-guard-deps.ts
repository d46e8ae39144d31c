import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import type { GuardDeps } from './account-guard';
import { accountRepository } from './account.repository';
import { sessionRepository } from './session.repository';
import { sessionStore } from './session.store';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';

/** What `requireAccount` needs, for functions other than `account` (no keys: nothing is decrypted). */
export function createGuardDeps(env: Record<string, string | undefined> = process.env): GuardDeps {
  return {
    accounts: accountRepository(queryStore(COLLECTIONS.accounts)),
    sessions: sessionRepository(sessionStore()),
    staffFactor: loadStaffFactorMode(env),
  };
}

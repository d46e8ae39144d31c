import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import type { GuardDeps } from './account-guard';
import { accountRepository } from './account.repository';
import { sessionRepository } from './session.repository';
import { sessionStore } from './session.store';

/** What `requireAccount` needs, for functions other than `account` (no keys: nothing is decrypted). */
export function createGuardDeps(): GuardDeps {
  return {
    accounts: accountRepository(queryStore(COLLECTIONS.accounts)),
    sessions: sessionRepository(sessionStore()),
  };
}

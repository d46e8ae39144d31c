import { POLICY_DOCUMENTS } from '../../../policies/generated/catalog';
import { accountRepository } from '../account/account.repository';
import { createAuditRecorder } from '../audit/create-audit-recorder';
import { sessionRepository } from '../account/session.repository';
import { sessionStore } from '../account/session.store';
import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import { createNotifier } from '../notify/create-notifier';
import { cloudCatalog } from './load-catalog';
import type { PolicyDeps } from './policy.deps';
import { loadNoticeSettings } from './notice-settings';
import { publicationRepository } from './publication.repository';
import { registeredAccounts } from './registered-accounts.repository';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';

export function createPolicyDeps(env: Record<string, string | undefined> = process.env): PolicyDeps {
  const notices = loadNoticeSettings(env);
  const publications = publicationRepository();
  return {
    accounts: accountRepository(queryStore(COLLECTIONS.accounts)),
    sessions: sessionRepository(sessionStore()),
    staffFactor: loadStaffFactorMode(env),
    publications,
    catalog: cloudCatalog(publications),
    built: POLICY_DOCUMENTS,
    registered: registeredAccounts(queryStore(COLLECTIONS.accounts)),
    notifier: createNotifier(),
    audit: createAuditRecorder(env),
    notices,
  };
}

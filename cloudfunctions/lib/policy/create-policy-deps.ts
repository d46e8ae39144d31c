import * as v from 'valibot';
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
import { publicationRepository } from './publication.repository';
import { registeredAccounts } from './registered-accounts.repository';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';

const count = (fallback: string) =>
  v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d*$/), v.transform(Number)), fallback);

/** Notice batches from the environment: accounts per batch, and how long one call keeps sending. */
const NoticeSettings = v.object({ QYB_NOTICE_BATCH: count('100'), QYB_NOTICE_BUDGET_MS: count('5000') });

export function createPolicyDeps(env: Record<string, string | undefined> = process.env): PolicyDeps {
  const settings = v.parse(NoticeSettings, {
    QYB_NOTICE_BATCH: env.QYB_NOTICE_BATCH || undefined,
    QYB_NOTICE_BUDGET_MS: env.QYB_NOTICE_BUDGET_MS || undefined,
  });
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
    notices: { batchSize: settings.QYB_NOTICE_BATCH, budgetMs: settings.QYB_NOTICE_BUDGET_MS },
  };
}

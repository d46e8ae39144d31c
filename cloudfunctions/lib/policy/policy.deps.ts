import type { AuditRecorder } from '../audit/audit-recorder';
import type { GuardDeps } from '../account/account-guard';
import type { PolicyVersion } from '../consent/policy-catalog';
import type { Notifier } from '../notify/notifier';
import type { CatalogSource } from './load-catalog';
import type { PublicationRepository } from './publication.repository';
import type { RegisteredAccounts } from './registered-accounts.repository';

/** What the policy function's use cases reach outside themselves. */
export interface PolicyDeps extends GuardDeps {
  publications: PublicationRepository;
  catalog: CatalogSource;
  /** Every version this build of the function ships (policies/manifest.json), with its hash. */
  built: readonly PolicyVersion[];
  registered: RegisteredAccounts;
  notifier: Notifier;
  audit: AuditRecorder;
  notices: { batchSize: number; budgetMs: number };
}

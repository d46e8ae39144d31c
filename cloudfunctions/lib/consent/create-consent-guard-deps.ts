import { createStaffActionAuditDeps } from '../audit/create-staff-action-audit-deps';
import { cloudCatalog } from '../policy/load-catalog';
import { publicationRepository } from '../policy/publication.repository';
import { cloudConsentRepository } from './cloud-consent.repository';
import type { ConsentGuardDeps } from './consent-guard';

/** What the consent guard reads in every function: the ledger heads and the documents in force; where staff actions are audited. */
export function createConsentGuardDeps(): ConsentGuardDeps {
  return {
    ledger: cloudConsentRepository(),
    catalog: cloudCatalog(publicationRepository()),
    staffAudit: createStaffActionAuditDeps(),
  };
}

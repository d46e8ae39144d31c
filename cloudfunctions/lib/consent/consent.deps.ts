import type { ConsentRepository } from './consent.repository';
import type { PolicyCatalog } from './policy-catalog';

/** What the consent use cases are given: the ledger and the documents the function ships. */
export interface ConsentDeps {
  repository: ConsentRepository;
  catalog: PolicyCatalog;
}

import type { ConsentRepository } from './consent.repository';
import type { CatalogSource } from '../policy/load-catalog';

/** What the consent use cases are given: the ledger and what is in force (published, else the build's). */
export interface ConsentDeps {
  repository: ConsentRepository;
  catalog: CatalogSource;
}

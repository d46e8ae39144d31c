import type { ConsentRepository } from './consent.repository';
import type { LedgerSeal } from './ledger-seal';
import type { CatalogSource } from '../policy/load-catalog';

/** What the consent use cases are given: the ledger and what is in force (published, else the build's). */
export interface ConsentDeps {
  repository: ConsentRepository;
  catalog: CatalogSource;
  /** The server's HMAC seal on every entry and head (key from the functions' environment). */
  seal: LedgerSeal;
}

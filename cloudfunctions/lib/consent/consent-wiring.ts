import { loadLedgerKey } from '../crypto/keys';
import { cloudCatalog } from '../policy/load-catalog';
import { publicationRepository } from '../policy/publication.repository';
import { cloudConsentRepository } from './cloud-consent.repository';
import type { ConsentDeps } from './consent.deps';
import { ledgerSeal } from './ledger-seal';

/** The consent function's deps: the ledger, the catalog in force, the seal (QYB_LEDGER_KEY, checked at load). */
export function wireConsent(env: Record<string, string | undefined> = process.env): ConsentDeps {
  return {
    repository: cloudConsentRepository(),
    catalog: cloudCatalog(publicationRepository()),
    seal: ledgerSeal(loadLedgerKey(env)),
  };
}

// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { cloudConsentRepository } from '../lib/consent/cloud-consent.repository';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { ledgerSeal } from '../lib/consent/ledger-seal';
import { loadLedgerKey } from '../lib/crypto/keys';
import type { ConsentDeps } from '../lib/consent/consent.deps';
import { getConsentStatus } from '../lib/consent/get-consent-status';
import { listConsentHistory } from '../lib/consent/list-consent-history';
import { recordConsent } from '../lib/consent/record-consent';
import { recordSensitiveConsent } from '../lib/consent/record-sensitive-consent';
import { verifyConsentLedger } from '../lib/consent/verify-consent-ledger';
import { withdrawConsent } from '../lib/consent/withdraw-consent';
import { withdrawSensitiveConsent } from '../lib/consent/withdraw-sensitive-consent';
import { FUNCTIONS } from '../lib/contract/functions';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';
import { cloudCatalog } from '../lib/policy/load-catalog';
import { publicationRepository } from '../lib/policy/publication.repository';

const actions = FUNCTIONS.consent;
// The ledger key is checked when the instance loads: without it every call fails loudly.
const deps: ConsentDeps = {
  repository: cloudConsentRepository(),
  catalog: cloudCatalog(publicationRepository()),
  seal: ledgerSeal(loadLedgerKey(process.env)),
};

/** Consent inputs are small; anything bigger than this is refused before it is parsed. */
const MAX_EVENT_BYTES = 8 * 1024;

export const main = createHandler(
  guardedActions('consent', createConsentGuardDeps(), {
    [actions.grant]: (input, ctx) => recordConsent(deps, input, ctx),
    [actions.withdraw]: (input, ctx) => withdrawConsent(deps, input, ctx),
    [actions.grantSensitive]: (input, ctx) => recordSensitiveConsent(deps, input, ctx),
    [actions.withdrawSensitive]: (input, ctx) => withdrawSensitiveConsent(deps, input, ctx),
    [actions.status]: (input, ctx) => getConsentStatus(deps, input, ctx),
    [actions.history]: (input, ctx) => listConsentHistory(deps, input, ctx),
    [actions.verify]: (input, ctx) => verifyConsentLedger(deps, input, ctx),
  }),
  { context: wxContext, maxEventBytes: MAX_EVENT_BYTES },
);

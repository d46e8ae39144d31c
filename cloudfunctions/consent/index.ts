// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { loadLedgerKey } from '../lib/crypto/keys';
import { FUNCTIONS } from '../lib/contract/functions';
import { createHandler } from '../lib/handler/create-handler';
import { onFirstUse } from '../lib/handler/on-first-use';
import { wxContext } from '../lib/infra/cloud';

const actions = FUNCTIONS.consent;
// The ledger key is checked when the instance loads: without it every call fails loudly.
loadLedgerKey(process.env);

// Issue 18 (cold start): deps wired, and each use case imported, on first use (see account/index.ts).
const deps = onFirstUse(async () => (await import('../lib/consent/consent-wiring')).wireConsent());

/** Consent inputs are small; anything bigger than this is refused before it is parsed. */
const MAX_EVENT_BYTES = 8 * 1024;

export const main = createHandler(
  guardedActions('consent', createConsentGuardDeps(), {
    [actions.grant]: async (input, ctx) =>
      (await import('../lib/consent/record-consent')).recordConsent(await deps(), input, ctx),
    [actions.withdraw]: async (input, ctx) =>
      (await import('../lib/consent/withdraw-consent')).withdrawConsent(await deps(), input, ctx),
    [actions.grantSensitive]: async (input, ctx) =>
      (await import('../lib/consent/record-sensitive-consent')).recordSensitiveConsent(await deps(), input, ctx),
    [actions.withdrawSensitive]: async (input, ctx) =>
      (await import('../lib/consent/withdraw-sensitive-consent')).withdrawSensitiveConsent(await deps(), input, ctx),
    [actions.status]: async (input, ctx) =>
      (await import('../lib/consent/get-consent-status')).getConsentStatus(await deps(), input, ctx),
    [actions.history]: async (input, ctx) =>
      (await import('../lib/consent/list-consent-history')).listConsentHistory(await deps(), input, ctx),
    [actions.verify]: async (input, ctx) =>
      (await import('../lib/consent/verify-consent-ledger')).verifyConsentLedger(await deps(), input, ctx),
  }),
  { context: wxContext, maxEventBytes: MAX_EVENT_BYTES },
);

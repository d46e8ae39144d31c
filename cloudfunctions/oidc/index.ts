// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
// Then: the Web Crypto global jose needs, which Node.js 18 lacks.
import '../lib/oidc/webcrypto-global';
import { randomUUID } from 'node:crypto';
import { createGuardDeps } from '../lib/account/create-guard-deps';
import { createAuditRecorder } from '../lib/audit/create-audit-recorder';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { FUNCTIONS } from '../lib/contract/functions';
import { loadCryptoKeys } from '../lib/crypto/keys';
import { createFilesDeps } from '../lib/files/create-files-deps';
import { now } from '../lib/handler/clock';
import { createHandler } from '../lib/handler/create-handler';
import { wxContext } from '../lib/infra/cloud';
import { addClient, disableClient, listClients } from '../lib/oidc/client-admin';
import { cloudOidcRepository } from '../lib/oidc/cloud-oidc.repository';
import {
  approveRequest,
  describeRequest,
  listAuthorizations,
  revokeAuthorization,
  type ConsentDeps,
} from '../lib/oidc/consent-actions';
import { isHttpAccessEvent } from '../lib/oidc/http-event';
import { routeHttp } from '../lib/oidc/http-router';
import { loadIssuer } from '../lib/oidc/oidc.config';
import { approveQr, denyQr, describeQr } from '../lib/oidc/qr-actions';
import type { OidcDeps } from '../lib/oidc/oidc.deps';
import { pairwiseSubjects } from '../lib/oidc/pairwise-subject';
import { cloudPersonSource } from '../lib/oidc/people-source';
import { setClientLogo } from '../lib/oidc/set-client-logo';
import { loadSigningKeys } from '../lib/oidc/signing-keys';

/*
 * Why jose and a small provider, not oidc-provider: oidc-provider is a Koa application whose
 * authorization step is a browser interaction with its own cookies and session at the provider's
 * origin; here the person approves inside the mini-program, through this function's `approve`
 * action, and each HTTP request is one invocation of this function (HTTP access service), with no
 * server between requests. jose signs and verifies; the rest follows RFC 6749/7636/7009 and OIDC Core.
 */
const actions = FUNCTIONS.oidc;
const repository = cloudOidcRepository();
const keys = loadSigningKeys(process.env.QYB_OIDC_SIGNING_KEYS);
// A key set that does not load fails every call loudly, not one endpoint quietly.
keys.catch(() => undefined);
// Checked at load, so a missing issuer fails every call loudly; read again for each request, since
// the twin runs one instance for several environments, each with its own address (PARITY.md).
loadIssuer(process.env);
const deps: Omit<OidcDeps, 'issuer'> = {
  keys: () => keys,
  repository,
  people: cloudPersonSource(process.env),
  subject: pairwiseSubjects(loadCryptoKeys(process.env).indexKey),
};
const consent: ConsentDeps = {
  guard: createGuardDeps(),
  repository,
  newId: randomUUID,
  audit: createAuditRecorder(),
  files: createFilesDeps(),
};

const handle = createHandler(
  guardedActions('oidc', createConsentGuardDeps(), {
    [actions.request]: (input, ctx) => describeRequest(consent, input, ctx),
    [actions.approve]: (input, ctx) => approveRequest(consent, input, ctx),
    [actions.authorizations]: (input, ctx) => listAuthorizations(consent, input, ctx),
    [actions.revoke]: (input, ctx) => revokeAuthorization(consent, input, ctx),
    [actions.clientAdd]: (input, ctx) => addClient(consent, input, ctx),
    [actions.clientList]: (input, ctx) => listClients(consent, input, ctx),
    [actions.clientDisable]: (input, ctx) => disableClient(consent, input, ctx),
    [actions.clientSetLogo]: (input, ctx) => setClientLogo(consent, input, ctx),
    [actions.qrRequest]: (input, ctx) => describeQr(consent, input, ctx),
    [actions.qrApprove]: (input, ctx) => approveQr(consent, input, ctx),
    [actions.qrDeny]: (input, ctx) => denyQr(consent, input, ctx),
  }),
  { context: wxContext, maxEventBytes: 8 * 1024 },
);

/** Mini-program calls carry `{ action, input }`; HTTP access requests carry the integrated request. */
export async function main(event: unknown) {
  if (isHttpAccessEvent(event)) return routeHttp({ ...deps, issuer: loadIssuer(process.env) }, event, now().getTime());
  return handle(event);
}

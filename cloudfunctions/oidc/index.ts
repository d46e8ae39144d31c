// First: fails at load, naming the runtime, when the function was created on an older one.
import '../lib/infra/runtime-check';
// Then: the Web Crypto global jose needs, which Node.js 18 lacks.
import '../lib/oidc/webcrypto-global';
import { createConsentGuardDeps } from '../lib/consent/create-consent-guard-deps';
import { guardedActions } from '../lib/consent/guarded-actions';
import { FUNCTIONS } from '../lib/contract/functions';
import { now } from '../lib/handler/clock';
import { createHandler } from '../lib/handler/create-handler';
import { onFirstUse } from '../lib/handler/on-first-use';
import { wxContext } from '../lib/infra/cloud';
import { isHttpAccessEvent } from '../lib/oidc/http-event';
import { loadIssuer } from '../lib/oidc/oidc.config';
import { checkOidcSettings } from '../lib/oidc/oidc-settings';

/*
 * Why jose and a small provider, not oidc-provider: oidc-provider is a Koa application whose
 * authorization step is a browser interaction with its own cookies and session at the provider's
 * origin; here the person approves inside the mini-program, through this function's `approve`
 * action, and each HTTP request is one invocation of this function (HTTP access service), with no
 * server between requests. jose signs and verifies; the rest follows RFC 6749/7636/7009 and OIDC Core.
 */
const actions = FUNCTIONS.oidc;
// Checked at load, so a missing issuer or key fails every call loudly; the issuer is read again for
// each request, since the twin runs one instance for several environments, each with its own
// address (PARITY.md).
checkOidcSettings();

// Issue 18 (cold start): deps wired, and each use case imported, on first use (see account/index.ts).
const wired = onFirstUse(async () => (await import('../lib/oidc/oidc-wiring')).wireOidc());
const consent = async () => (await wired()).consent;
const consentActions = () => import('../lib/oidc/consent-actions');
const clientAdmin = () => import('../lib/oidc/client-admin');
const qrActions = () => import('../lib/oidc/qr-actions');

const handle = createHandler(
  guardedActions('oidc', createConsentGuardDeps(), {
    [actions.request]: async (input, ctx) => (await consentActions()).describeRequest(await consent(), input, ctx),
    [actions.approve]: async (input, ctx) => (await consentActions()).approveRequest(await consent(), input, ctx),
    [actions.authorizations]: async (input, ctx) =>
      (await consentActions()).listAuthorizations(await consent(), input, ctx),
    [actions.revoke]: async (input, ctx) => (await consentActions()).revokeAuthorization(await consent(), input, ctx),
    [actions.clientAdd]: async (input, ctx) => (await clientAdmin()).addClient(await consent(), input, ctx),
    [actions.clientList]: async (input, ctx) => (await clientAdmin()).listClients(await consent(), input, ctx),
    [actions.clientDisable]: async (input, ctx) => (await clientAdmin()).disableClient(await consent(), input, ctx),
    [actions.clientSetLogo]: async (input, ctx) =>
      (await import('../lib/oidc/set-client-logo')).setClientLogo(await consent(), input, ctx),
    [actions.qrRequest]: async (input, ctx) => (await qrActions()).describeQr(await consent(), input, ctx),
    [actions.qrApprove]: async (input, ctx) => (await qrActions()).approveQr(await consent(), input, ctx),
    [actions.qrDeny]: async (input, ctx) => (await qrActions()).denyQr(await consent(), input, ctx),
  }),
  { context: wxContext, maxEventBytes: 8 * 1024 },
);

/** Mini-program calls carry `{ action, input }`; HTTP access requests carry the integrated request. */
export async function main(event: unknown) {
  if (isHttpAccessEvent(event)) {
    const at = now().getTime();
    const issuer = loadIssuer(process.env);
    const [{ routeHttp }, { http }] = await Promise.all([import('../lib/oidc/http-router'), wired()]);
    return routeHttp({ ...http, issuer }, event, at);
  }
  return handle(event);
}

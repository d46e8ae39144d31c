import { authorizeEndpoint } from './authorize-endpoint';
import { discoveryDocument } from './discovery';
import { jsonResponse, type HttpAccessEvent, type HttpAccessResponse } from './http-event';
import { OAuthError } from './oauth-error';
import { qrPollEndpoint, qrStartEndpoint } from './qr-endpoints';
import type { OidcDeps } from './oidc.deps';
import { revocationEndpoint } from './revocation-endpoint';
import { tokenEndpoint } from './token-endpoint';
import { userinfoEndpoint } from './userinfo-endpoint';

type Endpoint = (deps: OidcDeps, event: HttpAccessEvent, now: number) => Promise<unknown>;

const ENDPOINTS: Record<string, Endpoint> = {
  '/.well-known/openid-configuration': async (deps) => discoveryDocument(deps.issuer),
  '/jwks': async (deps) => (await deps.keys()).jwks,
  '/token': tokenEndpoint,
  '/userinfo': userinfoEndpoint,
  '/revoke': revocationEndpoint,
  '/qr/start': qrStartEndpoint,
  '/qr/poll': qrPollEndpoint,
};

/** Endpoints that write their whole response (a page for a browser), not a JSON body. */
const PAGES: Record<string, (deps: OidcDeps, event: HttpAccessEvent) => Promise<HttpAccessResponse>> = {
  '/authorize': authorizeEndpoint,
};

const own = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);

/**
 * The endpoint is the request path after the issuer's own path: the HTTP access service passes
 * the whole path (e.g. /oidc/token for a trigger path /oidc).
 */
function endpointPath(issuer: string, path: string): string | null {
  const base = new URL(issuer).pathname.replace(/\/$/, '');
  if (!path.startsWith(`${base}/`)) return null;
  return path.slice(base.length);
}

/** One HTTP request through the HTTP access service; OAuth failures become RFC 6749 §5.2 bodies. */
export async function routeHttp(deps: OidcDeps, event: HttpAccessEvent, now: number): Promise<HttpAccessResponse> {
  const path = endpointPath(deps.issuer, event.path);
  const page = path !== null && own(PAGES, path) ? PAGES[path] : undefined;
  if (page) return page(deps, event);
  const endpoint = path === null ? undefined : ENDPOINTS[path];
  if (!endpoint || !own(ENDPOINTS, path as string)) {
    return jsonResponse(404, { error: 'not_found' });
  }
  try {
    return jsonResponse(200, await endpoint(deps, event, now));
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    const challenge: Record<string, string> =
      error.status === 401
        ? { 'www-authenticate': error.error === 'invalid_token' ? `Bearer error="invalid_token"` : 'Basic' }
        : {};
    return jsonResponse(error.status, { error: error.error, error_description: error.description }, challenge);
  }
}

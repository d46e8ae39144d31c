import { AppError } from '../errors/app-error';
import { AUTHORIZATION_PARAMS, checkAuthorizationRequest } from './authorization-request';
import { AUTHORIZE_PAGE_CSP, invalidRequestPage, requestPage } from './authorize-page';
import { formParams, htmlResponse, jsonResponse, type HttpAccessEvent, type HttpAccessResponse } from './http-event';
import type { OidcDeps } from './oidc.deps';

/**
 * GET or POST <issuer>/authorize (OIDC Core §3.1.2.1, RFC 6749 §3.1), reached by a browser: the person
 * approves in the mini-program, never here, so a valid request gets a page saying where to go on.
 * Every invalid request is refused in place and never redirected: to an unknown client's or an
 * unregistered redirect_uri that would be an open redirector (RFC 6749 §4.1.2.1: MUST NOT); for the
 * other errors redirecting with `error` is only a SHOULD, and refusing keeps one safe path for all.
 */
export async function authorizeEndpoint(deps: OidcDeps, event: HttpAccessEvent): Promise<HttpAccessResponse> {
  const parameters = requestParameters(event);
  if (!parameters) {
    return jsonResponse(
      405,
      { error: 'invalid_request', error_description: 'GET, or POST with a form body, required' },
      { allow: 'GET, HEAD, POST' },
    );
  }
  const response = await answer(deps, parameters);
  // HEAD: the same status and headers, no body (RFC 9110 §9.3.2).
  return event.httpMethod === 'HEAD' ? { ...response, body: '' } : response;
}

/**
 * The request's parameters: GET (and HEAD) in the query, POST as a form body (OIDC Core §3.1.2.1:
 * the authorization endpoint MUST support both, POST with Form Serialization); null for anything else.
 */
function requestParameters(event: HttpAccessEvent): Record<string, string> | null {
  if (event.httpMethod === 'GET' || event.httpMethod === 'HEAD') return event.queryStringParameters ?? {};
  if (event.httpMethod !== 'POST') return null;
  const form = formParams(event);
  return form ? Object.fromEntries(form) : null;
}

async function answer(deps: OidcDeps, query: Record<string, string>): Promise<HttpAccessResponse> {
  // RFC 6749 §3.1: parameters the endpoint does not know are ignored, not refused.
  const request = Object.fromEntries(AUTHORIZATION_PARAMS.filter((p) => p in query).map((p) => [p, query[p]]));
  try {
    const { client } = await checkAuthorizationRequest(deps.repository, request);
    return htmlResponse(200, requestPage(client.name), AUTHORIZE_PAGE_CSP);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return htmlResponse(400, invalidRequestPage(), AUTHORIZE_PAGE_CSP);
  }
}

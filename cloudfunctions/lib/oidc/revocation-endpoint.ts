import { authenticateClient } from './client-auth';
import { formParams, type HttpAccessEvent } from './http-event';
import { OAuthError } from './oauth-error';
import type { OidcDeps } from './oidc.deps';
import { digest } from './token-digest';

/**
 * POST /revoke (RFC 7009): the client revokes one of its own tokens. Revoking a refresh token ends
 * its authorization, and so every token of it (§2.1). An unknown or foreign token is still 200 (§2.2).
 */
export async function revocationEndpoint(deps: OidcDeps, event: HttpAccessEvent, now: number) {
  if (event.httpMethod !== 'POST') throw new OAuthError('invalid_request', 'POST required');
  const params = formParams(event);
  if (!params) throw new OAuthError('invalid_request', 'application/x-www-form-urlencoded required');
  const client = await authenticateClient(event, params, deps.repository);
  const value = params.get('token');
  if (!value) throw new OAuthError('invalid_request', 'token is required');
  const token = await deps.repository.token(digest(value));
  if (!token || token.clientId !== client._id) return {};
  if (token.kind === 'refresh') {
    const a = await deps.repository.authorization(token.authorizationId);
    if (a && a.status === 'active') await deps.repository.putAuthorization({ ...a, status: 'revoked', revokedAt: now });
  }
  await deps.repository.removeToken(token._id);
  return {};
}

import { authenticateClient } from './client-auth';
import { formParams, type HttpAccessEvent } from './http-event';
import { issueTokens } from './issue-tokens';
import { OAuthError } from './oauth-error';
import type { OidcClientRecord } from './oidc.records';
import type { OidcDeps } from './oidc.deps';
import { parseScope } from './scopes';
import { digest, verifierMatches } from './token-digest';

/** RFC 7636 §4.1: 43–128 characters of [A-Z a-z 0-9 - . _ ~]. */
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

function required(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (!value) throw new OAuthError('invalid_request', `${name} is required`);
  return value;
}

async function codeGrant(deps: OidcDeps, client: OidcClientRecord, params: URLSearchParams, now: number) {
  const code = required(params, 'code');
  const redirectUri = required(params, 'redirect_uri');
  const verifier = required(params, 'code_verifier');
  const record = await deps.repository.takeCode(digest(code));
  // Unknown, used, expired, another client's, another redirect: all invalid_grant (RFC 6749 §5.2).
  if (!record || record.clientId !== client._id) throw new OAuthError('invalid_grant', 'code is invalid or was used');
  if (record.expiresAt <= now) throw new OAuthError('invalid_grant', 'code expired');
  if (record.redirectUri !== redirectUri) throw new OAuthError('invalid_grant', 'redirect_uri does not match');
  if (!VERIFIER.test(verifier) || !verifierMatches(verifier, record.codeChallenge)) {
    throw new OAuthError('invalid_grant', 'code_verifier does not match');
  }
  const authorization = await deps.repository.authorization(record.authorizationId);
  if (authorization?.status !== 'active') throw new OAuthError('invalid_grant', 'authorization revoked');
  return issueTokens(deps, client, record, now);
}

async function refreshGrant(deps: OidcDeps, client: OidcClientRecord, params: URLSearchParams, now: number) {
  const id = digest(required(params, 'refresh_token'));
  const token = await deps.repository.token(id);
  const revokeFamily = async (authorizationId: string) => {
    const a = await deps.repository.authorization(authorizationId);
    if (a && a.status === 'active') await deps.repository.putAuthorization({ ...a, status: 'revoked', revokedAt: now });
  };
  if (!token || token.kind !== 'refresh') {
    const used = await deps.repository.token(`used:${id}`);
    // A rotated refresh token came back: someone holds a copy. The whole family dies (RFC 9700 §4.14.2).
    if (used && used.clientId === client._id) await revokeFamily(used.authorizationId);
    throw new OAuthError('invalid_grant', 'refresh token is invalid');
  }
  if (token.clientId !== client._id) throw new OAuthError('invalid_grant', 'refresh token is invalid');
  if (token.expiresAt <= now) throw new OAuthError('invalid_grant', 'refresh token expired');
  const first = await deps.repository.insertOnce({ ...token, _id: `used:${id}`, kind: 'used-refresh', usedAt: now });
  if (!first) {
    await revokeFamily(token.authorizationId);
    throw new OAuthError('invalid_grant', 'refresh token is invalid');
  }
  await deps.repository.removeToken(id);
  const authorization = await deps.repository.authorization(token.authorizationId);
  if (authorization?.status !== 'active') throw new OAuthError('invalid_grant', 'authorization revoked');
  // RFC 6749 §6: a narrower scope may be asked for, never a wider one.
  const asked = params.get('scope');
  const scopes = asked === null ? token.scopes : parseScope(asked).scopes;
  if (asked !== null && (parseScope(asked).unknown.length > 0 || scopes.some((s) => !token.scopes.includes(s)))) {
    throw new OAuthError('invalid_scope', 'scope exceeds the grant');
  }
  await deps.repository.putAuthorization({ ...authorization, lastIssuedAt: now });
  return issueTokens(deps, client, { ...token, scopes, nonce: null }, now);
}

/** POST /token: authorization_code (PKCE S256 required) and refresh_token (rotated). */
export async function tokenEndpoint(deps: OidcDeps, event: HttpAccessEvent, now: number) {
  if (event.httpMethod !== 'POST') throw new OAuthError('invalid_request', 'POST required');
  const params = formParams(event);
  if (!params) throw new OAuthError('invalid_request', 'application/x-www-form-urlencoded required');
  const client = await authenticateClient(event, params, deps.repository);
  const grantType = params.get('grant_type');
  if (!grantType) throw new OAuthError('invalid_request', 'grant_type is required');
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
    throw new OAuthError('unsupported_grant_type', 'authorization_code and refresh_token only');
  }
  if (!client.grantTypes.includes(grantType)) throw new OAuthError('unauthorized_client', `${grantType} not allowed`);
  return grantType === 'authorization_code'
    ? codeGrant(deps, client, params, now)
    : refreshGrant(deps, client, params, now);
}

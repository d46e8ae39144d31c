import { SignJWT } from 'jose';
import { OIDC_LIFETIMES } from './oidc.config';
import type { OidcDeps } from './oidc.deps';
import type { OidcClientRecord } from './oidc.records';
import { sectorOf } from './pairwise-subject';
import type { OidcScope } from './scopes';
import { digest, newSecret } from './token-digest';

export interface Grant {
  authorizationId: string;
  clientId: string;
  accountId: string;
  scopes: OidcScope[];
  nonce: string | null;
}

/**
 * The token response (OIDC Core §3.1.3.3): an ES256 ID token signed by jose with the newest key,
 * an opaque access token and a new refresh token (only for clients allowed that grant), both kept
 * only as digests. `sub` is pairwise: the same person has another `sub` at every other sector.
 */
export async function issueTokens(deps: OidcDeps, client: OidcClientRecord, grant: Grant, now: number) {
  const withRefresh = client.grantTypes.includes('refresh_token');
  const access = newSecret();
  const refresh = newSecret();
  const { authorizationId, clientId, accountId, scopes } = grant;
  const stored = { authorizationId, clientId, accountId, scopes, createdAt: now, usedAt: null };
  await deps.repository.insertToken({
    ...stored,
    _id: digest(access),
    kind: 'access',
    expiresAt: now + OIDC_LIFETIMES.accessTokenSeconds * 1000,
  });
  if (withRefresh) {
    await deps.repository.insertToken({
      ...stored,
      _id: digest(refresh),
      kind: 'refresh',
      expiresAt: now + OIDC_LIFETIMES.refreshTokenMs,
    });
  }
  const body: Record<string, unknown> = {
    access_token: access,
    token_type: 'Bearer',
    expires_in: OIDC_LIFETIMES.accessTokenSeconds,
    ...(withRefresh ? { refresh_token: refresh } : {}),
    scope: grant.scopes.join(' '),
  };
  if (grant.scopes.includes('openid')) {
    const keys = await deps.keys();
    const seconds = Math.floor(now / 1000);
    body.id_token = await new SignJWT(grant.nonce ? { nonce: grant.nonce } : {})
      .setProtectedHeader({ alg: 'ES256', kid: keys.kid, typ: 'JWT' })
      .setIssuer(deps.issuer)
      .setSubject(deps.subject(sectorOf(client), grant.accountId))
      .setAudience(grant.clientId)
      .setIssuedAt(seconds)
      .setExpirationTime(seconds + OIDC_LIFETIMES.idTokenSeconds)
      .sign(keys.key);
  }
  return body;
}

import { header, type HttpAccessEvent } from './http-event';
import { OAuthError } from './oauth-error';
import type { OidcDeps } from './oidc.deps';
import type { OidcTokenRecord } from './oidc.records';
import { digest } from './token-digest';

/** A live access token from `Authorization: Bearer` (RFC 6750 §2.1), its authorization still active. */
export async function accessToken(deps: OidcDeps, event: HttpAccessEvent, now: number): Promise<OidcTokenRecord> {
  const value = header(event, 'authorization') ?? '';
  if (!/^bearer /i.test(value)) throw new OAuthError('invalid_token', 'bearer token required');
  const token = await deps.repository.token(digest(value.slice(7).trim()));
  if (!token || token.kind !== 'access' || token.expiresAt <= now)
    throw new OAuthError('invalid_token', 'token invalid');
  const authorization = await deps.repository.authorization(token.authorizationId);
  // Revoking the service in the privacy center ends its tokens at once: each use checks this.
  if (authorization?.status !== 'active') throw new OAuthError('invalid_token', 'token revoked');
  return token;
}

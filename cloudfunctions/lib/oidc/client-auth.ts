import { header, type HttpAccessEvent } from './http-event';
import { OAuthError } from './oauth-error';
import type { OidcClientRecord } from './oidc.records';
import type { OidcRepository } from './oidc.repository';
import { digest, sameDigest } from './token-digest';

function basicCredentials(event: HttpAccessEvent): { id: string; secret: string } | null {
  const value = header(event, 'authorization');
  if (!value?.toLowerCase().startsWith('basic ')) return null;
  const decoded = Buffer.from(value.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  // RFC 6749 §2.3.1: both parts are form-urlencoded before Basic encoding.
  return {
    id: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')),
    secret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')),
  };
}

/**
 * Every client is confidential: client_secret_basic or client_secret_post (RFC 6749 §2.3.1), one
 * method per request. Unknown client and wrong secret are the same invalid_client (§5.2).
 */
export async function authenticateClient(
  event: HttpAccessEvent,
  params: URLSearchParams,
  repository: OidcRepository,
): Promise<OidcClientRecord> {
  const basic = basicCredentials(event);
  const postId = params.get('client_id');
  const postSecret = params.get('client_secret');
  if (basic && postSecret !== null) throw new OAuthError('invalid_request', 'use one client authentication method');
  const credentials = basic ?? (postId !== null && postSecret !== null ? { id: postId, secret: postSecret } : null);
  if (!credentials) throw new OAuthError('invalid_client', 'client authentication required');
  if (basic && postId !== null && postId !== basic.id) throw new OAuthError('invalid_request', 'client_id mismatch');
  const client = await repository.client(credentials.id);
  // A disabled client is refused like an unknown one: its secret no longer opens anything.
  if (!client || client.disabledAt || !sameDigest(digest(credentials.secret), client.secretHash)) {
    throw new OAuthError('invalid_client', 'client authentication failed');
  }
  return client;
}

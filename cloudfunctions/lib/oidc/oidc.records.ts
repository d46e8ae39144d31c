import type { OidcScope } from './scopes';

/** A service registered by staff (`npm run staff -- oidc-client add`). The secret is kept as a SHA-256 digest. */
export interface OidcClientRecord {
  /** The client_id. */
  _id: string;
  name: string;
  secretHash: string;
  redirectUris: string[];
  termsUrl: string;
  privacyUrl: string;
  allowedScopes: OidcScope[];
  /** Without `refresh_token` the service gets no refresh token and may not use that grant. */
  grantTypes: ('authorization_code' | 'refresh_token')[];
  /** Pairwise `sub` sector (OIDC Core §8.1); absent: the client id. */
  sectorId?: string;
  /** Set by `oidc-client disable`: the service can no longer ask, exchange, refresh or read. */
  disabledAt?: number | null;
  createdAt: number;
  createdBy: string;
}

/** A person's approval of one service: what it may receive, since when, until revoked. */
export interface OidcAuthorizationRecord {
  _id: string;
  accountId: string;
  clientId: string;
  scopes: OidcScope[];
  /** The service's terms the person accepted, as shown. */
  termsUrl: string;
  privacyUrl: string;
  grantedAt: number;
  lastIssuedAt: number;
  status: 'active' | 'revoked';
  revokedAt: number | null;
}

/** An authorization code by its SHA-256 digest: removed when exchanged, so it works once. */
export interface OidcCodeRecord {
  _id: string;
  clientId: string;
  authorizationId: string;
  accountId: string;
  redirectUri: string;
  scopes: OidcScope[];
  codeChallenge: string;
  nonce: string | null;
  createdAt: number;
  expiresAt: number;
}

/** An access or refresh token by its SHA-256 digest; a refresh token is used once (rotation). */
export interface OidcTokenRecord {
  _id: string;
  /** `used-refresh`: the mark a rotated refresh token leaves, so its reuse is recognised (id `used:<digest>`). */
  kind: 'access' | 'refresh' | 'used-refresh';
  authorizationId: string;
  clientId: string;
  accountId: string;
  scopes: OidcScope[];
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

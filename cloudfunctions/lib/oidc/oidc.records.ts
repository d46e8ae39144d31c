import type { OidcScope } from './scopes';

/** A service's logo: an admin's checked upload of purpose `service-logo`, held by the service. */
export interface OidcClientLogo {
  uploadId: string;
  fileID: string;
}

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
  /**
   * The service's own mini-programs: a request arriving from another mini-program is served only
   * when WeChat's referrer appid is one of these (absent or empty: web redirects only).
   */
  miniProgramAppIds?: string[];
  /** Shown on the consent page and in the privacy center from our storage; absent or null: none. */
  logo?: OidcClientLogo | null;
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

/**
 * A scan-to-sign-in session: the service started it over HTTP with its request (client, redirect,
 * PKCE challenge); the person scans its short id and decides; the service polls for the code once.
 */
export interface OidcQrSessionRecord {
  /** The short id in the QR code (12 base64url characters, fits a mini-program code's `scene`). */
  _id: string;
  clientId: string;
  /** The authorization request the service made, as checked when the session started. */
  request: Record<string, string>;
  status: 'pending' | 'approved' | 'denied' | 'delivered';
  /** The code, from approval until the one poll that takes it (then null again). */
  code: string | null;
  accountId: string | null;
  createdAt: number;
  expiresAt: number;
  decidedAt: number | null;
}

/** What the mini-program reads from the oidc function's consent actions. */
export type OidcScopeName = 'openid' | 'profile' | 'phone' | 'real_name' | 'enterprise';

/** The authorization request's parameters, as the service sent them (OAuth 2.0 names). */
export type OidcAuthorizationRequest = Record<string, string>;

export interface OidcRequestView {
  /** `logoUrl`: a short-lived link to the logo in our own storage, or null (the screen shows a monogram). */
  client: { name: string; termsUrl: string; privacyUrl: string; logoUrl: string | null };
  scopes: { scope: OidcScopeName; label: string }[];
}

export interface OidcApproveOutput {
  redirect: string;
}

export interface OidcAuthorizationItem {
  id: string;
  client: string;
  /** The service's logo through a short-lived link to our storage, or null. */
  logoUrl: string | null;
  scopes: OidcScopeName[];
  grantedAt: string;
  /** When the service last received tokens (the first exchange, or a refresh). */
  lastIssuedAt: string;
  revokedAt: string | null;
}

/**
 * The RFC 6749 §4.1.2.1 error a calling mini-program receives (navigateBackMiniProgram's
 * extraData `{ error, state }`) when the person cannot approve, by the function's error code.
 */
export const OAUTH_ERROR_OF: Readonly<Record<string, 'unauthorized_client' | 'invalid_request' | 'access_denied'>> = {
  'OIDC.CALLER_MISMATCH': 'unauthorized_client',
  'OIDC.CLIENT_UNKNOWN': 'unauthorized_client',
  'OIDC.REQUEST_INVALID': 'invalid_request',
};

/** A registered service as admins see it (never its secret). */
export interface OidcClientView {
  clientId: string;
  name: string;
  redirectUris: string[];
  miniProgramAppIds: string[];
  scopes: OidcScopeName[];
  sectorId: string;
  logoUrl: string | null;
  createdAt: string;
  disabledAt: string | null;
}

/** What an admin types to register a service. */
export interface OidcClientInput {
  name: string;
  redirectUris: string[];
  termsUrl: string;
  privacyUrl: string;
  scopes: OidcScopeName[];
  miniProgramAppIds?: string[];
  /** An admin's checked upload of purpose `service-logo`. */
  logoUploadId?: string;
}

/** The new service's id and secret; the secret is shown this once and only its digest is kept. */
export interface OidcClientAdded {
  clientId: string;
  clientSecret: string;
}

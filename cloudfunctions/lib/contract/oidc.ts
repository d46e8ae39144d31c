/** What the mini-program reads from the oidc function's consent actions. */
export type OidcScopeName = 'openid' | 'profile' | 'phone' | 'real_name' | 'enterprise';

/** The authorization request's parameters, as the service sent them (OAuth 2.0 names). */
export type OidcAuthorizationRequest = Record<string, string>;

export interface OidcRequestView {
  client: { name: string; termsUrl: string; privacyUrl: string };
  scopes: { scope: OidcScopeName; label: string }[];
}

export interface OidcApproveOutput {
  redirect: string;
}

export interface OidcAuthorizationItem {
  id: string;
  client: string;
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

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

/** How long what the provider issues lives. Short on purpose: codes are exchanged at once. */
export const OIDC_LIFETIMES = {
  codeMs: 60_000,
  accessTokenSeconds: 600,
  idTokenSeconds: 600,
  refreshTokenMs: 30 * 86_400_000,
} as const;

/**
 * QYB_OIDC_ISSUER: the issuer URL the services see, the HTTP access address of this function
 * (e.g. https://<domain>/oidc). Required: ID tokens carry it and clients check it (OIDC Discovery §3).
 */
export function loadIssuer(env: Record<string, string | undefined>): string {
  const issuer = env.QYB_OIDC_ISSUER;
  if (!issuer) throw new Error('QYB_OIDC_ISSUER: not set (the HTTP access URL of the oidc function)');
  const url = new URL(issuer);
  if (url.search || url.hash || issuer.endsWith('/'))
    throw new Error('QYB_OIDC_ISSUER: no query, fragment or trailing /');
  return issuer;
}

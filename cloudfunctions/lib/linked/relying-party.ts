import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { AppError } from '../errors/app-error';
import type { LinkedProvider } from './linked-providers';

/** What discovery (OIDC Discovery §3) must give us; anything else is ignored. */
interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

const TIMEOUT_MS = 5000;
/** 32 random bytes, base64url: state, nonce and the PKCE verifier (RFC 7636 §4.1: 43+ chars). */
export const randomToken = () => randomBytes(32).toString('base64url');

async function discover(provider: LinkedProvider): Promise<ProviderMetadata> {
  const response = await fetch(`${provider.issuer}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(TIMEOUT_MS),
  }).catch(() => null);
  const meta = (response?.ok ? await response.json() : null) as Partial<ProviderMetadata> | null;
  // OIDC Discovery §4.3: the issuer in the document must be exactly the one we asked.
  if (
    !meta ||
    meta.issuer !== provider.issuer ||
    !meta.authorization_endpoint ||
    !meta.token_endpoint ||
    !meta.jwks_uri
  )
    throw new AppError('LINKED.PROVIDER_UNAVAILABLE');
  return meta as ProviderMetadata;
}

/** The authorization request (OIDC Core §3.1.2.1) with PKCE S256 (RFC 7636 §4.2). */
export async function authorizationUrl(
  provider: LinkedProvider,
  check: { state: string; nonce: string; verifier: string },
): Promise<string> {
  const meta = await discover(provider);
  const url = new URL(meta.authorization_endpoint);
  const challenge = createHash('sha256').update(check.verifier, 'ascii').digest('base64url');
  const params = {
    response_type: 'code',
    client_id: provider.clientId,
    redirect_uri: provider.redirectUri,
    scope: 'openid',
    state: check.state,
    nonce: check.nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/** RFC 6749 §2.3.1: id and secret form-urlencoded, then Basic. */
function basic(provider: LinkedProvider): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${enc(provider.clientId)}:${enc(provider.clientSecret)}`).toString('base64')}`;
}

/**
 * Code → tokens (RFC 6749 §4.1.3) → the ID token verified by jose against the provider's JWKS:
 * signature, `iss`, `aud`, `exp`, then our `nonce` (OIDC Core §3.1.3.7). Returns the verified `sub`.
 */
export async function verifiedSubject(
  provider: LinkedProvider,
  code: string,
  check: { nonce: string; verifier: string },
): Promise<string> {
  const meta = await discover(provider);
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: provider.redirectUri,
    code_verifier: check.verifier,
  });
  const response = await fetch(meta.token_endpoint, {
    method: 'POST',
    headers: { authorization: basic(provider), 'content-type': 'application/x-www-form-urlencoded' },
    body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  }).catch(() => null);
  if (!response?.ok) throw new AppError('LINKED.CODE_REFUSED');
  const tokens = (await response.json()) as { id_token?: unknown };
  if (typeof tokens.id_token !== 'string') throw new AppError('LINKED.ID_TOKEN_INVALID');
  const { payload } = await jwtVerify(tokens.id_token, createRemoteJWKSet(new URL(meta.jwks_uri)), {
    issuer: provider.issuer,
    audience: provider.clientId,
    algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
  }).catch(() => {
    throw new AppError('LINKED.ID_TOKEN_INVALID');
  });
  if (payload.nonce !== check.nonce || typeof payload.sub !== 'string' || payload.sub === '')
    throw new AppError('LINKED.ID_TOKEN_INVALID');
  return payload.sub;
}

import { importJWK, type CryptoKey, type JWK } from 'jose';

export interface SigningKeys {
  /** The key ID Tokens are signed with: the first in the set (newest first). */
  kid: string;
  key: CryptoKey;
  /** Every key's public half: older keys stay here so tokens they signed still verify. */
  jwks: { keys: JWK[] };
}

function fail(reason: string): never {
  throw new Error(`QYB_OIDC_SIGNING_KEYS: ${reason}`);
}

/**
 * QYB_OIDC_SIGNING_KEYS is a JWK set of ES256 (EC P-256) private keys, each with a unique `kid`,
 * newest first. Rotation: put the new key first and keep the old one until the tokens it signed
 * have expired. Checked when the function loads; there is no default key.
 */
export async function loadSigningKeys(raw: string | undefined): Promise<SigningKeys> {
  if (!raw) fail('not set (a JWK set of ES256 private keys, newest first)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    fail('not JSON');
  }
  const keys = (parsed as { keys?: unknown }).keys;
  if (!Array.isArray(keys) || keys.length === 0) fail('no keys');
  const jwks = keys.map((k: unknown, i) => {
    const jwk = k as JWK;
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d || !jwk.x || !jwk.y)
      fail(`key ${i + 1} is not an EC P-256 private key`);
    if (typeof jwk.kid !== 'string' || jwk.kid.length === 0) fail(`key ${i + 1} has no kid`);
    return jwk;
  });
  if (new Set(jwks.map((k) => k.kid)).size !== jwks.length) fail('duplicate kid');
  const newest = jwks[0] as JWK;
  const key = (await importJWK({ ...newest, alg: 'ES256' }, 'ES256')) as CryptoKey;
  return {
    kid: newest.kid as string,
    key,
    jwks: { keys: jwks.map(({ kty, crv, x, y, kid }) => ({ kty, crv, x, y, kid, alg: 'ES256', use: 'sig' })) },
  };
}

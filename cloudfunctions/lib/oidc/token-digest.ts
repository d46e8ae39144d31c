import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Codes, tokens and client secrets are stored only as SHA-256 digests (base64url). */
export function digest(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url');
}

/** 256 random bits, base64url: codes, tokens, secrets. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** RFC 7636 §4.6, S256 only: BASE64URL(SHA256(code_verifier)) == code_challenge. */
export function verifierMatches(verifier: string, challenge: string): boolean {
  return sameDigest(createHash('sha256').update(verifier, 'ascii').digest('base64url'), challenge);
}

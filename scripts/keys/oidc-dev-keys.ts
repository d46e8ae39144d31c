/**
 * The local cloud's OpenID Connect signing key: an ES256 key generated once into the git-ignored
 * data dir (never committed), then reused so ID tokens issued before a restart still verify.
 * Production keys live only in the oidc function's environment (QYB_OIDC_SIGNING_KEYS).
 *
 *   npx tsx scripts/keys/oidc-dev-keys.ts [dataDir]   prints QYB_OIDC_SIGNING_KEYS=…
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Node's own JWK export (no jose here: the e2e bridge loads this file under Jest, which jose's ESM build trips). */
export function newEs256Jwk(kid: string) {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...privateKey.export({ format: 'jwk' }), kid };
}

export function ensureOidcDevKeys(dataDir: string): string {
  const file = join(dataDir, 'oidc-signing-keys.json');
  if (!existsSync(file)) {
    const jwk = newEs256Jwk(`local-${new Date().toISOString().slice(0, 10)}`);
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify({ keys: [jwk] })}\n`, { mode: 0o600, flag: 'wx' });
  }
  const raw = readFileSync(file, 'utf8').trim();
  // A hand-edited file that is no longer a P-256 private key fails here, before the server starts.
  const keys = (JSON.parse(raw) as { keys?: { kty?: string; crv?: string; d?: string; kid?: string }[] }).keys;
  if (!keys?.length || keys.some((k) => k.kty !== 'EC' || k.crv !== 'P-256' || !k.d || !k.kid)) {
    throw new Error(`${file}: not a JWK set of EC P-256 private keys with kid; delete it to make a new one`);
  }
  return raw;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? process.env.CLOUD_DATA_DIR ?? '.data/cloud');
  console.log(`QYB_OIDC_SIGNING_KEYS=${ensureOidcDevKeys(dir)}`);
}

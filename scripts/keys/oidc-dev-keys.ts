/**
 * The local cloud's OpenID Connect signing key: an ES256 key generated once into the git-ignored
 * data dir (never committed), then reused so ID tokens issued before a restart still verify.
 * Production keys live only in the oidc function's environment (QYB_OIDC_SIGNING_KEYS).
 *
 *   npx tsx scripts/keys/oidc-dev-keys.ts [dataDir]   prints QYB_OIDC_SIGNING_KEYS=…
 */
import { createECDH } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A P-256 private key as a JWK, written from the key's own numbers (no jose here: the e2e bridge
 * loads this file under Jest, which jose's ESM build trips). Not `generateKeyPairSync('ec')` and
 * `KeyObject.export({ format: 'jwk' })`: on Node 20.20 that export can deadlock the process when
 * the garbage collector runs inside it (it holds the key's mutex while it allocates, and the
 * collected key-generation job locks the same mutex; gdb: ExportJWKEcKey → CollectGarbage →
 * ~KeyGenJob → uv_mutex_lock). An integration file's Jest worker hung on it for good, once in a
 * full run: every integration file makes a key.
 */
export function newEs256Jwk(kid: string) {
  const ecdh = createECDH('prime256v1');
  const publicKey = ecdh.generateKeys();
  return es256Jwk(ecdh.getPrivateKey(), publicKey, kid);
}

/**
 * RFC 7518 §6.2: x and y from the uncompressed point (0x04 ‖ X ‖ Y), d the scalar in full 32 octets
 * (ECDH hands it over without its leading zero octets, about one key in 256).
 */
export function es256Jwk(scalar: Buffer, uncompressedPoint: Buffer, kid: string) {
  if (uncompressedPoint.length !== 65 || uncompressedPoint[0] !== 4 || scalar.length > 32)
    throw new Error('not a P-256 key pair');
  const d = Buffer.concat([Buffer.alloc(32 - scalar.length), scalar]);
  return {
    kty: 'EC' as const,
    crv: 'P-256' as const,
    x: uncompressedPoint.subarray(1, 33).toString('base64url'),
    y: uncompressedPoint.subarray(33).toString('base64url'),
    d: d.toString('base64url'),
    kid,
  };
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

/**
 * The local cloud's OpenID Connect signing key: an ES256 key generated once into the git-ignored
 * data dir (never committed), then reused so ID tokens issued before a restart still verify.
 * Production keys live only in the oidc function's environment (QYB_OIDC_SIGNING_KEYS).
 *
 *   npx tsx scripts/keys/oidc-dev-keys.ts [dataDir]   prints QYB_OIDC_SIGNING_KEYS=…
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { loadSigningKeys } from '../../cloudfunctions/lib/oidc/signing-keys';

export async function ensureOidcDevKeys(dataDir: string): Promise<string> {
  const file = join(dataDir, 'oidc-signing-keys.json');
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: `local-${new Date().toISOString().slice(0, 10)}` };
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify({ keys: [jwk] })}\n`, { mode: 0o600, flag: 'wx' });
  }
  const raw = readFileSync(file, 'utf8').trim();
  // The same check the function makes when it loads: a broken file fails here, before the server starts.
  await loadSigningKeys(raw);
  return raw;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? process.env.CLOUD_DATA_DIR ?? '.data/cloud');
  ensureOidcDevKeys(dir).then(
    (raw) => console.log(`QYB_OIDC_SIGNING_KEYS=${raw}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

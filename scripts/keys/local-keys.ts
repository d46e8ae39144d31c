/**
 * Development keys for the local cloud: generated once into the git-ignored data dir, then reused
 * so the local database stays readable across restarts. Production keys live in the function's
 * environment variables (cloud console), never in a file.
 *
 *   npx tsx scripts/keys/local-keys.ts [dataDir]   prints QYB_FIELD_KEY=… and QYB_INDEX_KEY=…
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCryptoKeys } from '../../cloudfunctions/lib/crypto/keys';

export interface LocalKeys {
  QYB_FIELD_KEY: string;
  QYB_INDEX_KEY: string;
}

export function ensureLocalKeys(dataDir: string): LocalKeys {
  const file = join(dataDir, 'keys.json');
  if (existsSync(file)) {
    const keys = JSON.parse(readFileSync(file, 'utf8')) as LocalKeys;
    loadCryptoKeys({ ...keys });
    return keys;
  }
  const keys: LocalKeys = {
    QYB_FIELD_KEY: `local1:${randomBytes(32).toString('base64')}`,
    QYB_INDEX_KEY: randomBytes(32).toString('base64'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return keys;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? process.env.CLOUD_DATA_DIR ?? '.data/cloud');
  for (const [name, value] of Object.entries(ensureLocalKeys(dir))) console.log(`${name}=${value}`);
}

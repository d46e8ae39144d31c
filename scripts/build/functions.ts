/**
 * Bundles each cloudfunctions/<name>/index.ts into dist/cloudfunctions/<name>/index.js with a
 * package.json that depends only on the exactly pinned wx-server-sdk, ready for DevTools to deploy,
 * built for the CloudBase runtime in config/cloud/runtime.ts. Fails, naming the function, when its
 * config.json is one CloudBase refuses or its `permissions.openapi` differs from what the bundle calls.
 * `--with-fixtures` (e2e only) bundles the test fixture policies instead, into dist/cloudfunctions-e2e.
 */
import type { Plugin } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLOUD_RUNTIME } from '../../config/cloud/runtime';
import { FIXTURE_CATALOG_MODULE, FIXTURE_POLICIES_MODULE } from '../policies/fixture-policies';
import { bundleFunction } from './function-bundle';

const root = resolve(__dirname, '..', '..');
const sourceDir = join(root, 'cloudfunctions');
const withFixtures = process.argv.includes('--with-fixtures');
const outDir = join(root, 'dist', withFixtures ? 'cloudfunctions-e2e' : 'cloudfunctions');

/** The generated policies modules replaced by the ones with test fixtures (build:policies --with-fixtures). */
const fixturePolicies: Plugin = {
  name: 'fixture-policies',
  setup(b) {
    b.onResolve({ filter: /policies\/generated(\/catalog)?$/ }, (args) => ({
      path: args.path.endsWith('catalog') ? FIXTURE_CATALOG_MODULE : FIXTURE_POLICIES_MODULE,
    }));
  },
};

export function functionNames(): string[] {
  return readdirSync(sourceDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'lib')
    .filter((entry) => existsSync(join(sourceDir, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

/** e2e builds keep every setting of the deployed config.json but a longer timeout (a busy test machine). */
const bundle = (name: string) =>
  withFixtures
    ? bundleFunction({ name, outDir, minify: true, plugins: [fixturePolicies], testTimeoutS: 30 })
    : bundleFunction({ name, outDir, minify: true });

async function run(): Promise<void> {
  const names = functionNames();
  const problems = (await Promise.all(names.map(bundle))).flat();
  if (problems.length > 0) {
    console.error(`cloud functions: config.json does not match the bundles:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`cloud functions built for ${CLOUD_RUNTIME.name}: ${names.join(', ')} → ${outDir}`);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * Bundles each cloudfunctions/<name>/index.ts into dist/cloudfunctions/<name>/index.js with a
 * package.json that depends only on the exactly pinned wx-server-sdk, ready for DevTools to deploy.
 * `--with-fixtures` (e2e only) bundles the test fixture policies instead, into dist/cloudfunctions-e2e.
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURE_POLICIES_MODULE } from '../policies/fixture-policies';

const root = resolve(__dirname, '..', '..');
const sourceDir = join(root, 'cloudfunctions');
const withFixtures = process.argv.includes('--with-fixtures');
const outDir = join(root, 'dist', withFixtures ? 'cloudfunctions-e2e' : 'cloudfunctions');

/** The generated policies module replaced by the one with test fixtures (build:policies --with-fixtures). */
const fixturePolicies: Plugin = {
  name: 'fixture-policies',
  setup(b) {
    b.onResolve({ filter: /policies\/generated$/ }, () => ({ path: FIXTURE_POLICIES_MODULE }));
  },
};

const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const sdkVersion = rootPackage.devDependencies['wx-server-sdk'];
if (!sdkVersion || !/^\d+\.\d+\.\d+$/.test(sdkVersion)) {
  throw new Error(`wx-server-sdk must be pinned to an exact version in package.json, got ${sdkVersion}`);
}

export function functionNames(): string[] {
  return readdirSync(sourceDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'lib')
    .filter((entry) => existsSync(join(sourceDir, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

async function bundle(name: string): Promise<void> {
  const target = join(outDir, name);
  mkdirSync(target, { recursive: true });
  await build({
    entryPoints: [join(sourceDir, name, 'index.ts')],
    outfile: join(target, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: withFixtures ? [fixturePolicies] : [],
  });
  const manifest = {
    name,
    version: '1.0.0',
    private: true,
    main: 'index.js',
    dependencies: { 'wx-server-sdk': sdkVersion },
  };
  writeFileSync(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const config = join(sourceDir, name, 'config.json');
  if (withFixtures) {
    // The deployed functions keep their timeouts; a test machine busy with parallel builds needs
    // longer to answer, and that says nothing about the functions (as in the integration tests).
    const settings = existsSync(config) ? (JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>) : {};
    writeFileSync(join(target, 'config.json'), `${JSON.stringify({ ...settings, timeout: 30 }, null, 2)}\n`);
  } else if (existsSync(config)) {
    copyFileSync(config, join(target, 'config.json'));
  }
}

async function run(): Promise<void> {
  const names = functionNames();
  await Promise.all(names.map(bundle));
  console.log(`cloud functions built: ${names.join(', ')} → ${outDir}`);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

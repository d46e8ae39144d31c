/**
 * Bundles each cloudfunctions/<name>/index.ts into dist/cloudfunctions/<name>/index.js with a
 * package.json that depends only on the exactly pinned wx-server-sdk, ready for DevTools to deploy,
 * built for the CloudBase runtime in config/cloud/runtime.ts. Fails, naming the function, when its
 * config.json is one CloudBase refuses or its `permissions.openapi` differs from what the bundle calls.
 * `--with-fixtures` (e2e only) bundles the test fixture policies instead, into dist/cloudfunctions-e2e.
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLOUD_RUNTIME } from '../../config/cloud/runtime';
import { parseFunctionConfig } from '../../localcloud/functions/function-config';
import { FIXTURE_POLICIES_MODULE } from '../policies/fixture-policies';
import { bundleOpenApiCalls, permissionProblems } from './openapi-permissions';

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

/** Bundles one function; returns what is wrong with its config.json (empty when nothing). */
async function bundle(name: string): Promise<string[]> {
  const target = join(outDir, name);
  mkdirSync(target, { recursive: true });
  const { metafile } = await build({
    entryPoints: [join(sourceDir, name, 'index.ts')],
    outfile: join(target, 'index.js'),
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: CLOUD_RUNTIME.esbuildTarget,
    format: 'cjs',
    external: ['wx-server-sdk'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins: withFixtures ? [fixturePolicies] : [],
  });
  const manifest = {
    name,
    version: '1.0.0',
    private: true,
    main: 'index.js',
    engines: { node: CLOUD_RUNTIME.engines },
    cloudRuntime: CLOUD_RUNTIME.name,
    dependencies: { 'wx-server-sdk': sdkVersion },
  };
  writeFileSync(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const config = join(sourceDir, name, 'config.json');
  const text = existsSync(config) ? readFileSync(config, 'utf8') : '{}';
  let declared: readonly string[];
  try {
    declared = parseFunctionConfig(text, `cloudfunctions/${name}/config.json`).openapi;
  } catch (e) {
    return [(e as Error).message];
  }
  const calls = bundleOpenApiCalls(Object.keys(metafile.inputs).map((file) => join(root, file)));
  const problems = permissionProblems(name, calls, declared);
  if (withFixtures) {
    // The deployed functions keep their timeouts; a test machine busy with parallel builds needs
    // longer to answer, and that says nothing about the functions (as in the integration tests).
    const settings = JSON.parse(text) as Record<string, unknown>;
    writeFileSync(join(target, 'config.json'), `${JSON.stringify({ ...settings, timeout: 30 }, null, 2)}\n`);
  } else if (existsSync(config)) {
    copyFileSync(config, join(target, 'config.json'));
  }
  return problems;
}

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

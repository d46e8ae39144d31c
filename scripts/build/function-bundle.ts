/**
 * Bundles one cloud function the way it is deployed: cloudfunctions/<name>/index.ts into
 * <outDir>/<name>/index.js for the CloudBase runtime in config/cloud/runtime.ts, with a package.json
 * that depends only on the exactly pinned wx-server-sdk and its config.json beside it. The build
 * (scripts/build/functions.ts) and the integration tests' own builds share it, so a test never runs
 * a function built for another runtime or with another config.json than the one deployed.
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLOUD_RUNTIME } from '../../config/cloud/runtime';
import { parseFunctionConfig } from '../../localcloud/functions/function-config';
import { bundleOpenApiCalls, permissionProblems } from './openapi-permissions';

const root = resolve(__dirname, '..', '..');

export interface BundleOptions {
  name: string;
  outDir: string;
  /** The folder under outDir (tests deploy variants of one function side by side); default `name`. */
  as?: string;
  plugins?: Plugin[];
  minify?: boolean;
  /**
   * Tests only: the timeout written into the bundle's config.json (everything else kept). A machine
   * busy with parallel builds needs longer to start a worker, and that says nothing about the function.
   */
  testTimeoutS?: number;
}

function sdkVersion(): string {
  const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const version = rootPackage.devDependencies['wx-server-sdk'];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`wx-server-sdk must be pinned to an exact version in package.json, got ${version}`);
  }
  return version;
}

/** Bundles one function; returns what is wrong with its config.json (empty when nothing). */
export async function bundleFunction({ name, outDir, as, plugins = [], minify = false, testTimeoutS }: BundleOptions) {
  const target = join(outDir, as ?? name);
  mkdirSync(target, { recursive: true });
  const { metafile } = await build({
    entryPoints: [join(root, 'cloudfunctions', name, 'index.ts')],
    outfile: join(target, 'index.js'),
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: CLOUD_RUNTIME.esbuildTarget,
    format: 'cjs',
    external: ['wx-server-sdk'],
    minify,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins,
  });
  const manifest = {
    name: as ?? name,
    version: '1.0.0',
    private: true,
    main: 'index.js',
    engines: { node: CLOUD_RUNTIME.engines },
    cloudRuntime: CLOUD_RUNTIME.name,
    dependencies: { 'wx-server-sdk': sdkVersion() },
  };
  writeFileSync(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const config = join(root, 'cloudfunctions', name, 'config.json');
  const text = existsSync(config) ? readFileSync(config, 'utf8') : '{}';
  let declared: readonly string[];
  try {
    declared = parseFunctionConfig(text, `cloudfunctions/${name}/config.json`).openapi;
  } catch (e) {
    return [(e as Error).message];
  }
  const calls = bundleOpenApiCalls(Object.keys(metafile.inputs).map((file) => join(root, file)));
  if (testTimeoutS !== undefined) {
    const settings = JSON.parse(text) as Record<string, unknown>;
    writeFileSync(join(target, 'config.json'), `${JSON.stringify({ ...settings, timeout: testTimeoutS }, null, 2)}\n`);
  } else if (existsSync(config)) {
    copyFileSync(config, join(target, 'config.json'));
  }
  return permissionProblems(name, calls, declared);
}

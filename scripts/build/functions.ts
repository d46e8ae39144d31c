/**
 * Bundles each cloudfunctions/<name>/index.ts into dist/cloudfunctions/<name>/index.js with a
 * package.json that depends only on the exactly pinned wx-server-sdk, ready for DevTools to deploy.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const sourceDir = join(root, 'cloudfunctions');
const outDir = join(root, 'dist', 'cloudfunctions');

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
  if (existsSync(config)) copyFileSync(config, join(target, 'config.json'));
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

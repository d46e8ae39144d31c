/**
 * The worker runs as plain JavaScript: under a TypeScript loader hook every `require` of the
 * function's dependencies (wx-server-sdk's ~100 packages) would be transformed, which made a cold
 * start take seconds. worker.ts is transpiled once with esbuild into the data directory.
 */
import { transformSync } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildWorkerScript(dataDir: string): string {
  const source = readFileSync(join(__dirname, 'worker.ts'), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20' });
  const dir = join(dataDir, '.runtime');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'function-worker.cjs');
  writeFileSync(file, code);
  return file;
}

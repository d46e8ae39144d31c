/**
 * The worker runs as plain JavaScript: under a TypeScript loader hook every `require` of the
 * function's dependencies (wx-server-sdk's ~100 packages) would be transformed, which made a cold
 * start take seconds. worker.ts is transpiled with esbuild into the data directory.
 *
 * The transpiled text is kept in node_modules/.cache by a hash of worker.ts: each esbuild call
 * starts an esbuild service process (~0.35 s of CPU on a 2-vCPU VM), and every local cloud (each
 * integration test file starts its own) would otherwise pay it for the same few kilobytes.
 */
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CACHE_DIR = join(__dirname, '..', '..', 'node_modules', '.cache', 'qyb-localcloud');

function transpiled(source: string): string {
  const key = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const cached = join(CACHE_DIR, `function-worker-${key}.cjs`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20' });
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside and renamed: a cloud starting in another process at the same time reads it whole or not at all.
    const partial = `${cached}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, cached);
  } catch {
    // No cache (a read-only checkout): transpiled again next time.
  }
  return code;
}

export function buildWorkerScript(dataDir: string): string {
  const code = transpiled(readFileSync(join(__dirname, 'worker.ts'), 'utf8'));
  const dir = join(dataDir, '.runtime');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'function-worker.cjs');
  writeFileSync(file, code);
  return file;
}

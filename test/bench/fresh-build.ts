/**
 * Whether a build the bench measures is older than what it is built from. A bench that measured a
 * build left from before the last change would report an old app's figures as this one's (issue 18:
 * a first-screen run read a dist/h5 nine hours old); the bench rebuilds such a build first.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time of a file or of any file under a folder (node_modules and dist skipped). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** The sources of the app's builds, relative to the project root. */
export const APP_SOURCES = [
  'src',
  'config',
  'policies',
  'cloudfunctions',
  'web',
  'babel.config.js',
  'package-lock.json',
  'tsconfig.json',
] as const;

/** True when `marker` (a file the build writes) is missing or older than any of `sources` under `root`. */
export function isStale(marker: string, root: string, sources: readonly string[]): boolean {
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return sources.some((source) => newestMtime(join(root, source)) > built);
}

/**
 * Runs `npm run <script>` in `root` when the build that writes `marker` is stale (or BENCH_REBUILD=1).
 * Every phase that reads a build goes through here, so a bench on a fresh clone builds what it
 * measures instead of failing on a missing dist/ (issue 18: `--only first-screen` read
 * dist/weapp/app.json before any phase had built it).
 */
export function rebuildIfStale(marker: string, root: string, script: string): void {
  if (isStale(marker, root, APP_SOURCES) || process.env.BENCH_REBUILD === '1') {
    execSync(`npm run --silent ${script}`, { cwd: root, stdio: 'inherit' });
  }
}

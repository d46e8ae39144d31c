/**
 * Whether a build the bench measures is older than what it is built from. A bench that measured a
 * build left from before the last change would report an old app's figures as this one's (issue 18:
 * a first-screen run read a dist/h5 nine hours old); the bench rebuilds such a build first.
 */
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

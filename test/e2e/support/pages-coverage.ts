import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screensSetDir } from './screens';

/** Where saveScreen notes the page each picture shows: `<name>` holds its route. */
const PAGES_MANIFEST_DIR = '.pages';

interface AppConfigShape {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
}

/** Every page of the app, main package and subpackages (app.config.ts, read with Taro's macro stood in). */
export function appPages(): string[] {
  Object.assign(globalThis, { defineAppConfig: (config: AppConfigShape) => config });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = (require('../../../src/app.config') as { default: AppConfigShape }).default;
  return [
    ...config.pages,
    ...(config.subPackages ?? []).flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`)),
  ];
}

/** Notes that the picture `name` shows `route`. */
export function notePageSaved(name: string, route: string): void {
  const dir = path.join(screensSetDir(), PAGES_MANIFEST_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), route);
}

/**
 * The app's pages no picture of this run (since `sinceMs`) shows, written to
 * test-results/screens/<set>/pages-unseen.txt: issue 20 asks for every screen to be looked at.
 */
export function reportUnseenPages(sinceMs: number): string[] {
  const dir = path.join(screensSetDir(), PAGES_MANIFEST_DIR);
  const seen = new Set(
    existsSync(dir)
      ? readdirSync(dir)
          .map((name) => path.join(dir, name))
          .filter((file) => statSync(file).mtimeMs >= sinceMs)
          .map((file) => readFileSync(file, 'utf8'))
      : [],
  );
  const unseen = appPages().filter((page) => !seen.has(page));
  writeFileSync(path.join(screensSetDir(), 'pages-unseen.txt'), unseen.join('\n') + (unseen.length ? '\n' : ''));
  return unseen;
}

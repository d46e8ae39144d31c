import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VARIANTS_MANIFEST_DIR } from './screen-variants';
import { screensSetDir } from './screens';
import type { ScreenRow } from './variant-rows';

/**
 * Screens saveScreenVariants began since `sinceMs` whose four pictures are not all there from this
 * run: the story stopped between variants, or a variant was dropped. The e2e teardown fails on any.
 */
export function unfinishedVariants(sinceMs: number): string[] {
  const dir = screensSetDir();
  const manifest = path.join(dir, VARIANTS_MANIFEST_DIR);
  if (!existsSync(manifest)) return [];
  const fresh = (file: string) => existsSync(file) && statSync(file).mtimeMs >= sinceMs;
  return readdirSync(manifest)
    .filter((name) => fresh(path.join(manifest, name)))
    .flatMap((name) =>
      readFileSync(path.join(manifest, name), 'utf8')
        .split('\n')
        .filter((variant) => variant !== '' && !fresh(path.join(dir, `${variant}.png`))),
    )
    .sort();
}

/**
 * Screens that are not ours to vary: the outside platform's page in the app's web-view (linked-web),
 * whose words and type the platform sets, and whose WeChat web-view covers the page (nothing of the
 * app's 关怀模式 or language can show on it). Saved once, as it comes.
 */
export const OUTSIDE_SCREENS: readonly string[] = ['linked-web'];

/** Writes test-results/screens/<set>/variants-missing.txt (every screen of ours not in all four) and returns its lines. */
export function reportMissingVariants(rows: ScreenRow[]): string[] {
  const lines = rows
    .filter((r) => r.missing.length > 0 && !OUTSIDE_SCREENS.includes(r.base))
    .map((r) => `${r.base}: no ${r.missing.join(', ')}`);
  writeFileSync(path.join(screensSetDir(), 'variants-missing.txt'), lines.join('\n') + (lines.length ? '\n' : ''));
  return lines;
}

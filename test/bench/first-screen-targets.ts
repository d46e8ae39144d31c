/**
 * What the first-screen scripts share (first-screen.ts, first-screen-cpu.ts, first-screen-phases.ts): each H5 build
 * given served by its own local cloud, the Taro hello-world by a static server, one Chromium, and the
 * list of pages to launch in turn (the hello-world first), each with the selector of its first text.
 * `npx tsx test/bench/<script>.ts [h5-dir …]`: no directory given, dist/h5.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../bridge/chromium';
import { startCloud } from '../../bridge/cloud';
import { startStaticServer } from '../../bridge/static-server';

const root = resolve(__dirname, '..', '..');
/** Where test/bench/hello-world builds (its config's outputRoot), one directory per target. */
export const HELLO_WORLD_OUT = join(root, 'dist', 'bench-hello-world');

export interface FirstScreenTarget {
  /** `hello-world`, or the H5 build's directory. */
  label: string;
  url: string;
  /** The first text: the hello-world's text, the agreement's opening paragraph. */
  selector: string;
}

/** Runs `measure` with the pages up and the browser open, answers what it answers; closes them all whatever it does. */
export async function withFirstScreenTargets<T>(
  dirs: string[],
  measure: (browser: Browser, targets: FirstScreenTarget[]) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qyb-bench-first-screen-'));
  const clouds = await Promise.all(dirs.map((dir, i) => startCloud(dir, join(dataDir, String(i)))));
  const hello = await startStaticServer(join(HELLO_WORLD_OUT, 'h5'));
  const browser = await launchChromium();
  try {
    return await measure(browser, [
      { label: 'hello-world', url: `${hello.origin}/`, selector: '.bench-ready' },
      ...clouds.map((c, i) => ({ label: dirs[i] ?? '', url: `${c.origin}/`, selector: '.policy-view__p' })),
    ]);
  } finally {
    await browser.close();
    await hello.stop();
    await Promise.all(clouds.map((c) => c.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The H5 build directories named on the command line, else dist/h5; the script exits 0, or 1 on an error. */
export function runWithBuilds(main: (dirs: string[]) => Promise<void>): void {
  const dirs = process.argv.slice(2);
  main(dirs.length ? dirs.map((d) => resolve(d)) : [join(root, 'dist', 'h5')]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

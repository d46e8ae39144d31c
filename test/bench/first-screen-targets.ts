/**
 * What the first-screen scripts share (first-screen.ts, first-screen-cpu.ts, first-screen-phases.ts): each H5 build
 * given served by its own local cloud, the Taro hello-world by a static server, one Chromium, and the
 * list of pages to launch in turn (the hello-world first), each with the selector of its first text.
 * `npx tsx test/bench/<script>.ts [h5-dir …]`: no directory given, dist/h5.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

/** What a launch's page script logs (console.debug) once its measure is taken; the JSON of the measure follows. */
export const PAINTED_SIGNAL = 'qyb-bench-painted ';

/**
 * Opens `url` in `page` and answers the measure its init script logs with PAINTED_SIGNAL, without
 * running anything of Playwright's in the page meanwhile. `page.waitForFunction` (and any
 * `page.evaluate`) first injects Playwright's own script into the page: ~40–60 ms of main-thread work
 * at a 4× throttle, which landed after the load event, inside the very frames being timed, and
 * delayed the hello-world's first text by ~120 ms and the agreement's by ~60 (median of 15 each,
 * 2026-12-05): a bias in the app's favour. A console message crosses to Playwright with no script
 * of its own in the page.
 */
export async function launchForSignal<T>(page: Page, url: string, timeoutMs = 60_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const signal = new Promise<T>((resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no ${PAINTED_SIGNAL.trim()} from ${url} in ${timeoutMs} ms`)),
      timeoutMs,
    );
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith(PAINTED_SIGNAL)) resolve(JSON.parse(text.slice(PAINTED_SIGNAL.length)) as T);
    });
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    return await signal;
  } finally {
    clearTimeout(timer);
  }
}

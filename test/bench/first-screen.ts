/**
 * DESIGN §6, measured against a Taro hello-world built the same way (test/bench/hello-world, which
 * says 你好，世界: the app's first text is Chinese too, and CJK layout is the language's cost):
 * - weapp main package size of the app vs the hello-world;
 * - time until the agreement screen shows its first text, and until it is interactive, on first
 *   launch in H5 Chromium with a 4× CPU throttle, within 1.1× and 1.15× of the hello-world's.
 * "Interactive" is the moment the screen's control exists and a frame has painted it: the
 * agreement's tick box / the hello-world's button. On a first launch in H5 the agreement's first
 * text and tick box are first drawn by the copy index.html carries (its tick answers at once, a tap
 * on Agree or Decline is kept until the page has mounted and answers it; test/e2e/first-screen.spec.ts);
 * the page's own tick box, once the app has mounted it, is printed beside them. Median of several
 * fresh launches, each in a fresh browser context (a new dev identity, so the agreement shows).
 */
import { execSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { HELLO_WORLD_OUT, PAINTED_SIGNAL, launchForSignal, withFirstScreenTargets } from './first-screen-targets';
import { isStale, rebuildIfStale } from './fresh-build';
import { measureWeapp } from './package-size';
import { median, quartiles } from './trace';

const root = resolve(__dirname, '..', '..');
const helloDir = join(root, 'test', 'bench', 'hello-world');
/**
 * Launches of each, alternating: one launch moves ±25 % on this machine kind, and a median of 7 moved
 * the ratio by ±0.1 between runs, as wide as the budgets' margins; of 15, about ±0.05; 21 narrow it
 * a little more (~30 s more than 15).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const CPU_THROTTLE = 4;
/** Issue 18: the agreement interactive within 1.15× the hello-world, its first text within 1.1×. */
export const FIRST_SCREEN_BUDGET = 1.15;
export const FIRST_TEXT_BUDGET = 1.1;
/**
 * The agreement's first text (its opening paragraph) and its first control (the tick box), wherever
 * they are first drawn: on a first launch, in the copy index.html shows before the app's scripts run
 * (src/features/consent/first-screen-html.ts; its tick box answers and a tap on either button is
 * kept for the page). Then the page's own tick box (under #app: the app mounted and took the copy
 * over), printed beside them, not budgeted.
 */
const APP_SELECTORS = ['.policy-view__p', '.agreement__tick', '#app .agreement__tick'] as const;
/** The hello-world paints its text and its button in one frame, its page then mounted. */
const HELLO_SELECTORS = ['.bench-ready', '.bench-ready', '.bench-ready'] as const;

function build(dir: string, target: 'weapp' | 'h5', out: string): void {
  const marker = join(out, target === 'h5' ? 'index.html' : 'app.json');
  if (!isStale(marker, dir, ['src', 'config', 'babel.config.js']) && process.env.BENCH_REBUILD !== '1') return;
  execSync(`npx taro build --type ${target}`, {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/**
 * Milliseconds from navigation start until each selector is in the DOM and a frame has painted it,
 * in one launch (so the first text and the interactive control of one launch are compared).
 */
async function timesToPaint(browser: Browser, url: string, selectors: readonly string[]): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    // A string, not a function: tsx would wrap a function's inner names in helpers the page lacks.
    // The times go out as a console message once all are taken (launchForSignal: nothing of
    // Playwright's runs in the page while it launches).
    await page.addInitScript(`(() => {
      const selectors = ${JSON.stringify(selectors)};
      const painted = selectors.map(() => 0);
      const poll = () => {
        selectors.forEach((s, i) => {
          if (!painted[i] && document.querySelector(s))
            requestAnimationFrame(() => {
              painted[i] = painted[i] || performance.now();
              if (painted.every((t) => t > 0)) console.debug(${JSON.stringify(PAINTED_SIGNAL)} + JSON.stringify(painted));
            });
        });
        if (painted.some((t) => !t)) requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    })();`);
    return await launchForSignal<number[]>(page, url);
  } finally {
    await context.close();
  }
}

/** Prints each figure against its budget; answers whether both hold, and the figures for the history. */
export async function benchFirstScreen(): Promise<{ ok: boolean; figures: Record<string, number> }> {
  build(helloDir, 'weapp', join(HELLO_WORLD_OUT, 'weapp'));
  build(helloDir, 'h5', join(HELLO_WORLD_OUT, 'h5'));
  const appWeapp = join(root, 'dist', 'weapp');
  // BENCH_APP_H5: another H5 build to measure as it is (an A/B of two builds), never rebuilt.
  const appH5 = process.env.BENCH_APP_H5 ? resolve(process.env.BENCH_APP_H5) : join(root, 'dist', 'h5');
  rebuildIfStale(join(appWeapp, 'app.json'), root, 'build:weapp');
  if (!process.env.BENCH_APP_H5) rebuildIfStale(join(appH5, 'index.html'), root, 'build:h5');

  const helloMain = measureWeapp(join(HELLO_WORLD_OUT, 'weapp')).packages.find((p) => p.name === 'main')?.kb ?? 0;
  const appMain = measureWeapp(appWeapp).packages.find((p) => p.name === 'main')?.kb ?? 0;
  console.log(
    `info main package vs hello-world      ${appMain} KB vs ${helloMain} KB (+${(appMain - helloMain).toFixed(1)} KB)`,
  );

  return withFirstScreenTargets([appH5], async (browser, [helloWorld, agreement]) => {
    if (!helloWorld || !agreement) throw new Error('first screen: the hello-world and the app are both needed');
    // One warm-up each: the first launch of Chromium pays for its own start-up.
    await timesToPaint(browser, helloWorld.url, HELLO_SELECTORS);
    await timesToPaint(browser, agreement.url, APP_SELECTORS);
    const hello: number[][] = [];
    const app: number[][] = [];
    for (let i = 0; i < RUNS; i += 1) {
      hello.push(await timesToPaint(browser, helloWorld.url, HELLO_SELECTORS));
      app.push(await timesToPaint(browser, agreement.url, APP_SELECTORS));
    }
    const rows = [
      { label: 'agreement first text', at: 0, budget: FIRST_TEXT_BUDGET, key: 'first text' },
      { label: 'agreement interactive', at: 1, budget: FIRST_SCREEN_BUDGET, key: 'interactive' },
    ];
    const mounted = median(app.map((t) => t[2] ?? Number.NaN)) / median(hello.map((t) => t[2] ?? Number.NaN));
    console.log(
      `info agreement page mounted (its own tick box, after the copy)  ${mounted.toFixed(2)}× the hello-world`,
    );
    let ok = true;
    const figures: Record<string, number> = { 'first screen page mounted ratio': Number(mounted.toFixed(2)) };
    for (const row of rows) {
      const appMs = median(app.map((t) => t[row.at] ?? Number.NaN));
      const helloMs = median(hello.map((t) => t[row.at] ?? Number.NaN));
      const ratio = appMs / helloMs;
      const each = (runs: number[][]) => runs.map((t) => (t[row.at] ?? Number.NaN).toFixed(0)).join(' ');
      console.log(`info ${row.label} each launch: app ${each(app)}; hello-world ${each(hello)} ms`);
      // How far one run's verdict can be trusted: the ratio of each launch to the hello-world's
      // launch beside it, its middle half. A budget inside that range is met or missed by the run.
      const pairs = app.map((t, i) => (t[row.at] ?? Number.NaN) / (hello[i]?.[row.at] ?? Number.NaN));
      const [low, high] = quartiles(pairs);
      console.log(
        `info ${row.label} launch by launch: middle half of the ratios ${low.toFixed(2)}–${high.toFixed(2)}×`,
      );
      const within = ratio <= row.budget;
      ok &&= within;
      figures[`first screen ${row.key} ms`] = Math.round(appMs);
      figures[`first screen ${row.key} ratio`] = Number(ratio.toFixed(2));
      console.log(
        `${within ? 'ok  ' : 'OVER'} ${row.label} (CPU ${CPU_THROTTLE}×)  ${appMs.toFixed(0)} ms vs hello-world ${helloMs.toFixed(
          0,
        )} ms = ${ratio.toFixed(2)}×  (budget ${row.budget}×, median of ${RUNS})`,
      );
    }
    return { ok, figures };
  });
}

if (require.main === module) {
  benchFirstScreen().then(
    ({ ok }) => process.exit(ok ? 0 : 1),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * Where the agreement's first text spends its time against the hello-world's (issue 18), without a
 * trace (tracing slows the page it watches, and a page of more tasks more): for each H5 build given
 * (default dist/h5) and the Taro hello-world, launches alternate at first-screen.ts's 4× CPU throttle,
 * and each records, in ms since navigation, when its scripts had arrived, when they had run
 * (DOMContentLoaded follows the deferred scripts), when the router put the first page into #app and
 * when a frame had painted the first text. Medians of BENCH_RUNS launches each (default 15).
 * `npx tsx test/bench/first-screen-phases.ts [h5-dir …]`.
 */
import type { Browser } from 'playwright-core';
import { PAINTED_SIGNAL, launchForSignal, runWithBuilds, withFirstScreenTargets } from './first-screen-targets';
import { median } from './trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PHASES = [
  ['scripts arrived', 'scriptsArrived'],
  ['scripts run (DOMContentLoaded)', 'scriptsRun'],
  ['first page in #app', 'pageMounted'],
  ['first text painted', 'painted'],
] as const;
type Times = Record<(typeof PHASES)[number][1], number>;

/** A string, not a function: tsx would wrap a function's inner names in helpers the page lacks. */
function recorder(selector: string): string {
  return `(() => {
    const times = (window.__phases = {});
    document.addEventListener('DOMContentLoaded', () => { times.scriptsRun = performance.now(); });
    const poll = () => {
      const app = document.getElementById('app');
      if (app && app.firstElementChild && !times.pageMounted) times.pageMounted = performance.now();
      if (!document.querySelector(${JSON.stringify(selector)})) return requestAnimationFrame(poll);
      requestAnimationFrame(() => {
        const scripts = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.startsWith('/js/'));
        times.scriptsArrived = Math.max(...scripts.map((e) => e.responseEnd));
        times.painted = performance.now();
        console.debug(${JSON.stringify(PAINTED_SIGNAL)} + JSON.stringify(times));
      });
    };
    requestAnimationFrame(poll);
  })();`;
}

async function launch(browser: Browser, url: string, selector: string): Promise<Times> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(recorder(selector));
    return await launchForSignal<Times>(page, url);
  } finally {
    await context.close();
  }
}

async function main(dirs: string[]): Promise<void> {
  await withFirstScreenTargets(dirs, async (browser, targets) => {
    const runs = targets.map(() => [] as Times[]);
    for (const t of targets) await launch(browser, t.url, t.selector);
    for (let run = 0; run < RUNS; run += 1)
      for (const [i, t] of targets.entries()) runs[i]?.push(await launch(browser, t.url, t.selector));
    console.log(`median ms since navigation, CPU 4×, ${RUNS} launches each`);
    console.log(['phase'.padEnd(32), ...targets.map((t) => t.label.slice(-18).padStart(20))].join(''));
    for (const [label, key] of PHASES) {
      const cells = runs.map((r) =>
        median(r.map((times) => times[key]))
          .toFixed(0)
          .padStart(20),
      );
      console.log([label.padEnd(32), ...cells].join(''));
    }
  });
}

if (require.main === module) runWithBuilds(main);

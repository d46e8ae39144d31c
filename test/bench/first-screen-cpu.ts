/**
 * The agreement's first text in main-thread CPU time rather than wall time (issue 18): on a machine
 * other jobs load, first-screen.ts's milliseconds move ±30 %, the CPU the page's own thread spent
 * before its first text moves far less. For each H5 build given (default dist/h5) and the Taro
 * hello-world, launches alternate; each is traced (Chromium's timeline, no CPU throttle) and the
 * thread time of the renderer's main-thread tasks is summed up to the frame that painted the text; the
 * least of the launches is the figure load disturbs least (load only ever adds).
 * `npx tsx test/bench/first-screen-cpu.ts [h5-dir …]`; BENCH_RUNS launches each (default 7).
 */
import type { Browser } from 'playwright-core';
import { PAINTED_SIGNAL, launchForSignal, runWithBuilds, withFirstScreenTargets } from './first-screen-targets';
import { median, rendererMainThread, threadCpuMs, type TraceEvent } from './trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** BENCH_THROTTLE=4: first-screen.ts's CPU throttle, for its wall times with the builds' launches interleaved. */
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 1);
/** Marks `first-text` in the page's user timing once a frame has painted the selector. */
function marker(selector: string): string {
  return `(() => {
    const poll = () => {
      if (!document.querySelector(${JSON.stringify(selector)})) return requestAnimationFrame(poll);
      requestAnimationFrame(() => setTimeout(() => {
        performance.mark('first-text');
        console.debug(${JSON.stringify(PAINTED_SIGNAL)} + performance.now());
      }, 0));
    };
    requestAnimationFrame(poll);
  })();`;
}

/** Main-thread CPU ms (summed task thread time) and wall ms until the first text, for one fresh launch. */
async function cpuToFirstText(browser: Browser, url: string, selector: string): Promise<[number, number]> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    if (THROTTLE > 1)
      await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.addInitScript(marker(selector));
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', '__metadata'] });
    const wall = await launchForSignal<number>(page, url);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents;
    const mark = events.find((e) => e.name === 'first-text');
    if (!mark) throw new Error('the trace holds no first-text mark');
    return [threadCpuMs(events, rendererMainThread(events, mark), 0, mark.ts), wall];
  } finally {
    await context.close();
  }
}

async function main(dirs: string[]): Promise<void> {
  await withFirstScreenTargets(dirs, async (browser, targets) => {
    const cpu = targets.map(() => [] as number[]);
    const wall = targets.map(() => [] as number[]);
    for (const t of targets) await cpuToFirstText(browser, t.url, t.selector);
    for (let run = 0; run < RUNS; run += 1) {
      for (const [i, t] of targets.entries()) {
        const [c, w] = await cpuToFirstText(browser, t.url, t.selector);
        cpu[i]?.push(c);
        wall[i]?.push(w);
      }
    }
    const helloCpu = median(cpu[0] ?? []);
    for (const [i, t] of targets.entries()) {
      const c = median(cpu[i] ?? []);
      const w = median(wall[i] ?? []);
      console.log(
        `${t.label}: main-thread CPU to first text ${c.toFixed(0)} ms (${(c / helloCpu).toFixed(2)}× hello-world), ` +
          `least ${Math.min(...(cpu[i] ?? [])).toFixed(0)} ms, ` +
          `wall ${w.toFixed(0)} ms (${(w / median(wall[0] ?? [])).toFixed(2)}×), median of ${RUNS}; ` +
          `each CPU ${(cpu[i] ?? []).map((v) => v.toFixed(0)).join(' ')}; each wall ${(wall[i] ?? []).map((v) => v.toFixed(0)).join(' ')}`,
      );
    }
  });
}

if (require.main === module) runWithBuilds(main);

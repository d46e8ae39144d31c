/**
 * What the agreement's first text waits for, in counts rather than milliseconds (issue 18): on a
 * loaded machine the first-screen timings move ±10 % between runs, these do not. For one fresh launch
 * of the H5 build (`npx tsx test/bench/first-screen-probe.ts [dist/h5]`, 4× CPU throttle) it prints
 * the custom elements defined, the script and style files loaded (with when each was requested and
 * arrived, in ms since navigation), the cloud calls started and the errors thrown (caught or not, with
 * the function that threw), all before the first text painted. A thrown error is not free: the
 * bench's Chromium runs under the DevTools protocol, which records each one's stack, and the first
 * such record re-parsed all of app.js for source positions (issue 18: 60–100 ms at a 4× throttle).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../bridge/chromium';
import { startCloud } from '../../bridge/cloud';
import { PAINTED_SIGNAL, launchForSignal } from './first-screen-targets';

interface Probe {
  painted: number;
  thrown: string[];
  defined: string[];
  files: [string, number, number, number][];
  calls: [string, number][];
}

// A string, not a function: tsx would wrap a function's inner names in helpers the page lacks.
const RECORDER = `(() => {
  const probe = { painted: 0, defined: [], files: [], calls: [] };
  const defined = [];
  const calls = [];
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, options) => { defined.push(name); return define(name, ctor, options); };
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => { calls.push([String(input.url || input), Math.round(performance.now())]); return fetch(input, init); };
  const poll = () => {
    if (!document.querySelector('.policy-view__p')) return requestAnimationFrame(poll);
    requestAnimationFrame(() => {
      probe.defined = defined.slice();
      probe.calls = calls.slice();
      probe.painted = Math.round(performance.now());
      probe.files = performance.getEntriesByType('resource').filter((e) => /[.](js|css)$/.test(e.name))
        .map((e) => [new URL(e.name).pathname, Math.round(e.startTime), Math.round(e.responseEnd), e.encodedBodySize]);
      console.debug(${JSON.stringify(PAINTED_SIGNAL)} + JSON.stringify(probe));
    });
  };
  requestAnimationFrame(poll);
})();`;

async function probe(h5Dir: string): Promise<Probe> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qyb-first-screen-probe-'));
  const cloud = await startCloud(h5Dir, dataDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Every error thrown, caught or not: the debugger pauses on each, notes where, and goes on.
    const thrown: string[] = [];
    let painted = false;
    cdp.on('Debugger.paused', (event: { callFrames: { functionName: string; url: string }[] }) => {
      const frame = event.callFrames[0];
      if (!painted && frame) thrown.push(`${frame.functionName || '(anonymous)'} in ${new URL(frame.url).pathname}`);
      void cdp.send('Debugger.resume').catch(() => undefined);
    });
    await cdp.send('Debugger.enable');
    await cdp.send('Debugger.setPauseOnExceptions', { state: 'all' });
    await page.addInitScript(RECORDER);
    // The record comes back by a console message: nothing of Playwright's runs in the page meanwhile.
    const recorded = await launchForSignal<Omit<Probe, 'thrown'>>(page, `${cloud.origin}/`);
    painted = true;
    return { ...recorded, thrown };
  } finally {
    await browser.close();
    await cloud.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const h5Dir = resolve(process.argv[2] ?? join(__dirname, '..', '..', 'dist', 'h5'));
  probe(h5Dir).then(
    (p) => {
      const bytes = p.files.reduce((sum, f) => sum + f[3], 0);
      console.log(`first text painted at ${p.painted} ms (one launch; timings are indicative only)`);
      console.log(`custom elements defined before it: ${p.defined.length} (${p.defined.join(', ')})`);
      console.log(`script and style before it: ${p.files.length} files, ${(bytes / 1024).toFixed(1)} KB`);
      for (const [path, start, end, size] of p.files)
        console.log(`  ${path.padEnd(22)} requested ${start} ms, arrived ${end} ms, ${(size / 1024).toFixed(1)} KB`);
      console.log(`errors thrown before it: ${p.thrown.length}${p.thrown.map((t) => `\n  ${t}`).join('')}`);
      console.log(
        `cloud calls started before it: ${p.calls.length}${p.calls.map((c) => ` ${c[0]} at ${c[1]} ms`).join(',')}`,
      );
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

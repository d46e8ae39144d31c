/**
 * What the H5 View and Text cost to mount (issue 18), Taro's own (its React proxy over the Stencil
 * custom element) against the build's plain ones (config/h5/components/plain.js), without the rest
 * of the app: each bundle (esbuild) mounts a tree shaped like the agreement's first screen (29 views,
 * 7 texts) 60 times, a frame apart so Stencil's queued renders run, in its own fresh page; the
 * main-thread CPU of those mounts is read from Chromium's trace. Launches alternate, so load on the
 * machine falls on both. `npx tsx test/bench/view-mount.ts`; BENCH_RUNS pages each (default 8).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../bridge/chromium';
import { PAINTED_SIGNAL, launchForSignal } from './first-screen-targets';
import { median, threadCpuMs, type TraceEvent } from './trace';

const root = resolve(__dirname, '..', '..');
const out = join(root, 'dist', 'bench-view-mount');
const RUNS = Number(process.env.BENCH_RUNS ?? 8);
const MOUNTS = 60;

const TREE = `import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
export function run(View, Text) {
  const p = (i) => h(View, { key: i, className: 'policy-view__p' }, '第' + i + '条 欢迎您使用琴易办！',
    h(Text, { className: 'policy-view__bold' }, '加粗的条款'), '其余的文字。');
  const noop = () => undefined;
  const tree = () => h(View, { className: 'agreement' },
    h(View, { className: 'agreement__intro' }, '请仔细阅读'),
    h(View, { className: 'agreement__tabs' }, h(View, { onClick: noop }, '用户协议'), h(View, { onClick: noop }, '隐私政策')),
    h(View, { className: 'agreement__meta' }, h(View, null, '版本'), h(View, { onClick: noop }, '目录')),
    h(View, { className: 'policy-language-note' }, '说明'),
    h(View, { className: 'agreement__document' }, h(View, { className: 'policy-view__h1' }, '用户协议'), [1, 2, 3, 4, 5, 6, 7].map(p)),
    h(View, { className: 'agreement__tick', role: 'checkbox', 'aria-checked': false, onClick: noop },
      h(View, { className: 'agreement__box' }), h(View, null, '我已阅读')),
    h(View, { className: 'agreement__actions' }, h(View, null, '不同意'), h(View, null, '同意')));
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  (async () => {
    await frame();
    performance.mark('mounts-start');
    for (let i = 0; i < ${MOUNTS}; i += 1) {
      const el = document.body.appendChild(document.createElement('div'));
      const app = createRoot(el);
      flushSync(() => app.render(h(tree)));
      void document.body.offsetHeight;
      await frame();
      app.unmount();
      el.remove();
    }
    performance.mark('mounts-done');
    console.debug(${JSON.stringify(PAINTED_SIGNAL)} + '${MOUNTS}');
  })();
}
`;

const ENTRIES = {
  stencil: `import { defineCustomElementTaroTextCore, defineCustomElementTaroViewCore } from '@tarojs/components/dist/components';
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js';
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js';
import { run } from './tree.js';
run(createReactComponent('taro-view-core', undefined, manipulatePropsFunction, defineCustomElementTaroViewCore),
  createReactComponent('taro-text-core', undefined, manipulatePropsFunction, defineCustomElementTaroTextCore));
`,
  plain: `import { Text } from '../../config/h5/components/text.js';
import { View } from '../../config/h5/components/view.js';
import { run } from './tree.js';
run(View, Text);
`,
};

function bundle(): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'tree.js'), TREE);
  writeFileSync(join(out, 'taro-stub.js'), 'export default { eventCenter: { trigger() {} } };\n');
  for (const [name, source] of Object.entries(ENTRIES)) {
    writeFileSync(join(out, `${name}.entry.js`), source);
    execSync(
      `npx esbuild ${name}.entry.js --bundle --minify --outfile=${name}.js --log-level=error ` +
        `--define:process.env.NODE_ENV='"production"' --define:DEPRECATED_ADAPTER_COMPONENT=false ` +
        `--alias:@tarojs/taro=./taro-stub.js`,
      { cwd: out, stdio: 'inherit' },
    );
    writeFileSync(join(out, `${name}.html`), `<!doctype html><meta charset="utf-8"><script src="${name}.js"></script>`);
  }
}

async function main(): Promise<void> {
  bundle();
  const browser = await launchChromium();
  const cpu: Record<string, number[]> = { stencil: [], plain: [] };
  try {
    for (let run = 0; run < RUNS; run += 1) {
      for (const name of Object.keys(cpu)) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', '__metadata'] });
        // Done by a console message: Playwright's own script (waitForFunction's) would run and poll in
        // the page between the marks (first-screen-targets.ts, launchForSignal).
        await launchForSignal<number>(page, `file://${join(out, `${name}.html`)}`, 120_000);
        const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] })
          .traceEvents;
        await context.close();
        const start = events.find((e) => e.name === 'mounts-start');
        const done = events.find((e) => e.name === 'mounts-done');
        if (!start || !done) throw new Error(`the ${name} trace holds no marks`);
        cpu[name]?.push(threadCpuMs(events, start, start.ts, done.ts));
      }
    }
  } finally {
    await browser.close();
  }
  for (const [name, values] of Object.entries(cpu)) {
    console.log(
      `${name.padEnd(8)} ${(median(values) / MOUNTS).toFixed(2)} ms CPU a mount (median of ${RUNS} pages, least ` +
        `${(Math.min(...values) / MOUNTS).toFixed(2)}); each page ${values.map((v) => v.toFixed(0)).join(' ')} ms for ${MOUNTS}`,
    );
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

import path from 'node:path';
import automator from 'miniprogram-automator';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { headlessEndpoint } from './headless-bridge';
import { ROUTE_SETTLED } from './route-settled';
import { until } from './wait';

/**
 * The one switch between the two ways to run the same specs:
 * - headless (default, CI): the automator bridge drives the H5 build in Chromium;
 * - devtools (`QYB_E2E_TARGET=devtools`, `QYB_DEVTOOLS_CLI=<cli path>`): WeChat DevTools drives the
 *   weapp build (`npm run build:weapp` first; the project is this repository's project.config.json,
 *   whose miniprogramRoot is dist/weapp).
 */
export const TARGET: 'headless' | 'devtools' = process.env.QYB_E2E_TARGET === 'devtools' ? 'devtools' : 'headless';

const PROJECT_PATH = process.env.QYB_DEVTOOLS_PROJECT ?? path.resolve(__dirname, '..', '..', '..');

let devtools: Promise<MiniProgram> | undefined;

/** A mini-program that starts from nothing: fresh storage, and (headless) a fresh cloud env and openid. */
export async function openMiniProgram(): Promise<MiniProgram> {
  if (TARGET === 'headless')
    return landRoutesPromptly(await automator.connect({ wsEndpoint: await headlessEndpoint() }));
  const cliPath = process.env.QYB_DEVTOOLS_CLI;
  if (!cliPath) throw new Error('QYB_E2E_TARGET=devtools needs QYB_DEVTOOLS_CLI (the DevTools cli path)');
  devtools ??= automator.launch({ cliPath, projectPath: PROJECT_PATH });
  const miniProgram = await devtools;
  // DevTools keeps one simulator for the whole file: start each story from empty storage.
  await miniProgram.callWxMethod('clearStorageSync');
  await miniProgram.callWxMethod('reLaunch', { url: '/pages/index/index' });
  return miniProgram;
}

type RouteMethod = 'navigateTo' | 'redirectTo' | 'navigateBack' | 'reLaunch' | 'switchTab';

/** Longer than any route's timers take on a loaded machine; past it the story goes on as before. */
const ROUTE_SETTLE_TIMEOUT_MS = 5_000;

/** automator's Page keeps the bridge's page id private. */
const pageIdOf = (page: unknown): number | undefined => (page as { id?: number } | undefined)?.id;

/**
 * automator's navigateTo / redirectTo / navigateBack / reLaunch / switchTab call the route and then
 * sleep 3 s whatever happens (its changeRoute, miniprogram-automator out/MiniProgram.js), about 85
 * times a run. Headless, the route is awaited instead: until the top of the page stack is a new
 * page (a relaunch of the same path gets a new page too) or, going back, the stack is shorter (at
 * most 10 s), then until Taro's route timers have fired (ROUTE_SETTLED), then the current page as automator returns it. Specs still wait for what they need
 * on the page itself (wait.ts), as they did.
 */
function landRoutesPromptly(miniProgram: MiniProgram): MiniProgram {
  const routed = miniProgram as unknown as { changeRoute(method: RouteMethod, url?: string): Promise<unknown> };
  routed.changeRoute = async (method, url) => {
    const before = await miniProgram.pageStack().catch(() => []);
    const topBefore = pageIdOf(before[before.length - 1]);
    await miniProgram.callWxMethod(method, { url });
    // A route that lands nowhere new (the tab already shown) ends the wait, as automator's sleep did.
    const landed = await until(`${method} ${url ?? ''} to land`, async () => {
      const stack = await miniProgram.pageStack();
      if (method === 'navigateBack') return stack.length < before.length ? stack : null;
      const top = stack[stack.length - 1];
      return top !== undefined && pageIdOf(top) !== topBefore ? stack : null;
    }).catch(() => null);
    // Taro H5 ends a route on timers of its animation's length. A route taken before they fire races
    // them (a blank page, NotFoundError): wait until they have fired, as a person's next tap would.
    // A fixed 400 ms did that on an idle machine and raced them under load.
    const stackLength = landed?.length ?? (await miniProgram.pageStack()).length;
    await until(
      `${method} ${url ?? ''} to settle`,
      async () => (await miniProgram.evaluate(ROUTE_SETTLED, stackLength)) === true,
      ROUTE_SETTLE_TIMEOUT_MS,
    ).catch(() => undefined);
    return miniProgram.currentPage();
  };
  return miniProgram;
}

/** Headless: each story's connection (and so its browser context) ends. DevTools: kept for the file. */
export async function releaseMiniProgram(miniProgram: MiniProgram): Promise<void> {
  if (TARGET === 'headless') miniProgram.disconnect();
}

/** Stories in one file run side by side headless (separate contexts); one at a time in DevTools. */
export const storyRunner = TARGET === 'headless' ? test.concurrent : test;

afterAll(async () => {
  if (devtools) await (await devtools).close();
});

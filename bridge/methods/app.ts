import type { AutomatorMock, AutomatorPage } from '../../src/platform/e2e-hooks';
import { ANIMATIONS_SETTLED } from '../animations-settled';
import * as hook from '../app-hook';
import { list, optStr, str } from '../params';
import { ProtocolError } from '../protocol';
import type { MethodHandler } from '../session-context';

function describe(page: AutomatorPage) {
  return { pageId: page.pageId, path: page.path, query: page.query };
}

/** `App.*`: the mini-program as a whole — pages, wx methods, screenshots, logs. */
export const appMethods: Record<string, MethodHandler> = {
  async 'App.getCurrentPage'(ctx) {
    const stack = await hook.pageStack(ctx.page);
    const current = stack[stack.length - 1];
    if (!current) throw new ProtocolError('the page stack is empty');
    return describe(current);
  },
  async 'App.getPageStack'(ctx) {
    return { pageStack: (await hook.pageStack(ctx.page)).map(describe) };
  },
  async 'App.callWxMethod'(ctx, params) {
    if (params.pluginId !== undefined)
      throw new ProtocolError('plugin wx methods are not supported by the qyb automator bridge');
    return { result: await hook.callWxMethod(ctx.page, str(params, 'method'), list(params, 'args')) };
  },
  async 'App.mockWxMethod'(ctx, params) {
    if (params.pluginId !== undefined)
      throw new ProtocolError('plugin wx methods are not supported by the qyb automator bridge');
    const declaration = optStr(params, 'functionDeclaration');
    let mock: AutomatorMock | null = null;
    if (declaration !== undefined) mock = { functionDeclaration: declaration, args: list(params, 'args') };
    else if ('result' in params) mock = { result: params.result };
    await hook.mockWxMethod(ctx.page, str(params, 'method'), mock);
    return {};
  },
  async 'App.callFunction'(ctx, params) {
    return { result: await hook.callFunction(ctx.page, str(params, 'functionDeclaration'), list(params, 'args')) };
  },
  async 'App.captureScreenshot'(ctx) {
    // The screen as it settles: wait (at most 1 s) until no finite CSS animation or transition
    // runs (Taro H5 slides a new page in for about 300 ms), so it is not caught half-way; infinite
    // ones (a loading shimmer) do not count. Nothing is changed on the page (Playwright's
    // `animations: 'disabled'` finishes them instead, and broke Taro's routing after it).
    await ctx.page
      .waitForFunction(ANIMATIONS_SETTLED, undefined, { timeout: 1_000, polling: 'raf' })
      .catch(() => undefined);
    const png = await ctx.page.screenshot({ type: 'png' });
    return { data: png.toString('base64') };
  },
  async 'App.enableLog'(ctx) {
    ctx.enableLog();
    return {};
  },
  async 'App.addBinding'(ctx, params) {
    await ctx.addBinding(str(params, 'name'));
    return {};
  },
  async 'App.exit'(ctx) {
    await ctx.exit();
    return {};
  },
};

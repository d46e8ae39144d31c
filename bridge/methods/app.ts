import type { AutomatorMock, AutomatorPage } from '../../src/platform/e2e-hooks';
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
    // The screen as it settles: finite CSS animations and transitions (Taro H5 slides a new page in
    // for about 300 ms) are fast-forwarded to their end rather than caught half-way; infinite ones
    // (a loading shimmer) are shown at their start. Playwright's `animations: 'disabled'`.
    const png = await ctx.page.screenshot({ type: 'png', animations: 'disabled' });
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

import type { Locale } from '../i18n/locale';
import { chooseCareMode } from './care-mode';
import { chooseLocale } from './locale';
import { isWxApiName, overrideWxApi, restoreWxApi, wxApi, type WxApi, type WxApiName } from './wx-api';

/** One page of the stack as the automator sees it: path without leading slash, query without Taro's keys. */
export interface AutomatorPage {
  pageId: number;
  path: string;
  query: Record<string, string>;
  /** The id of the page's `.taro_page` container in the DOM. */
  containerId: string;
}

/** How a mocked wx method answers: a fixed result, or a function (called with `this.origin`). */
export type AutomatorMock = { result: unknown } | { functionDeclaration: string; args: unknown[] };

/** What the e2e build puts on `window.__qybAutomator` for the automator bridge (bridge/). */
export interface QybAutomatorHook {
  pageStack(): AutomatorPage[];
  pageData(pageId: number): Record<string, unknown> | null;
  callWxMethod(method: string, args: unknown[]): Promise<unknown>;
  mockWxMethod(method: string, mock: AutomatorMock | null): void;
  callFunction(declaration: string, args: unknown[]): Promise<unknown>;
  /**
   * The language and 关怀模式 switches of 我的, made without opening 我的 (the screens saved in every
   * variant, test/e2e/support/screen-variants.ts): the same calls the switches make.
   */
  choosePreferences(choice: { locale?: Locale; care?: boolean }): void;
}

declare global {
  interface Window {
    __qybAutomator?: QybAutomatorHook;
  }
}

interface TaroPageLike {
  path?: string;
  route?: string;
  $taroParams?: Record<string, unknown>;
}

interface CallbackOption {
  success?: (res: unknown) => void;
  fail?: (res: unknown) => void;
  complete?: (res: unknown) => void;
}

type AnyApi = (...args: unknown[]) => unknown;

/**
 * The automator bridge drives the H5 build through this hook. The constant is false in every
 * build but the e2e one, so the bundler drops the body and production builds carry nothing.
 */
export function installE2EHooks(): void {
  if (!__QYB_E2E_HOOKS__) return;

  const pageIds = new Map<string, number>();
  const isSync = (name: string) => /Sync$|^(on|off)[A-Z]|Manager$|^getCurrentPages$|^userDataPath$/.test(name);
  const isFailure = (res: unknown) =>
    typeof res === 'object' && res !== null && String((res as { errMsg?: unknown }).errMsg ?? '').includes(':fail');
  // Results cross a JSON wire: drop functions and cycles rather than fail.
  const plain = (value: unknown): unknown => {
    if (value === undefined) return undefined;
    const seen = new WeakSet<object>();
    const text = JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'function') return undefined;
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return undefined;
        seen.add(v);
      }
      return v;
    });
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  };
  const apiOf = (method: string): AnyApi => {
    if (!isWxApiName(method)) throw new Error(`wx.${method} is not in the app's wx API table (src/platform/wx-api.ts)`);
    return wxApi[method] as AnyApi;
  };
  const callWx = async (method: string, args: unknown[]): Promise<unknown> => {
    // miniProgram.navigateBack() sends `{ url: null }`; Taro would take the null for a target url.
    const [first, ...rest] = args;
    if (method === 'navigateBack' && typeof first === 'object' && first !== null && 'url' in first) {
      const { url: _url, ...option } = first as Record<string, unknown>;
      args = [option, ...rest];
    }
    try {
      return await apiOf(method)(...args);
    } catch (error) {
      if (error instanceof Error) throw error;
      throw new Error(String((error as { errMsg?: unknown }).errMsg ?? error));
    }
  };
  const callCloud = async (option: { name: string; data?: unknown }) => {
    const response = await fetch(`/__dev/functions/${encodeURIComponent(option.name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(option.data ?? {}),
    });
    const body = (await response.json()) as { result?: unknown; errMsg?: string };
    if (!response.ok || !body.errMsg?.endsWith(':ok')) throw new Error(body.errMsg ?? `HTTP ${response.status}`);
    return body;
  };
  // `wx` inside App.callFunction (miniProgram.evaluate): the app's table plus wx.cloud.callFunction.
  const wxShim = new Proxy({} as Record<string, unknown>, {
    get: (_target, name: string) =>
      name === 'cloud'
        ? { init: () => undefined, callFunction: callCloud }
        : (...args: unknown[]) => apiOf(name)(...args),
  });
  const pages = (): AutomatorPage[] =>
    (wxApi.getCurrentPages() as TaroPageLike[]).map((page) => {
      const containerId = page.path ?? '';
      if (!pageIds.has(containerId)) pageIds.set(containerId, pageIds.size + 1);
      const query: Record<string, string> = {};
      for (const [key, value] of Object.entries(page.$taroParams ?? {})) {
        if (key !== 'stamp' && key !== '$taroTimestamp') query[key] = decodeURIComponent(String(value));
      }
      const path = (page.route ?? containerId.replace(/\?.*$/, '')).replace(/^\//, '');
      return { pageId: pageIds.get(containerId) ?? 0, path, query, containerId };
    });

  window.__qybAutomator = {
    pageStack: pages,
    pageData(pageId) {
      const page = pages().find((p) => p.pageId === pageId);
      return page ? { route: page.path, query: page.query } : null;
    },
    async callWxMethod(method, args) {
      return plain(await callWx(method, args));
    },
    mockWxMethod(method, mock) {
      if (!isWxApiName(method))
        throw new Error(`wx.${method} is not in the app's wx API table (src/platform/wx-api.ts)`);
      restoreWxApi(method);
      if (!mock) return;
      const origin = wxApi[method] as AnyApi;
      const produce = (callArgs: unknown[]): unknown => {
        if ('result' in mock) return mock.result;
        const fn = new Function(`return (${mock.functionDeclaration})`)() as AnyApi;
        return fn.apply({ origin }, [...callArgs, ...mock.args]);
      };
      const impl = (...callArgs: unknown[]): unknown => {
        if (isSync(method)) return produce(callArgs);
        const option = (callArgs[0] ?? {}) as CallbackOption;
        return Promise.resolve(produce(callArgs)).then((res) => {
          if (isFailure(res)) option.fail?.(res);
          else option.success?.(res);
          option.complete?.(res);
          return isFailure(res) ? Promise.reject(res) : res;
        });
      };
      overrideWxApi(method, impl as unknown as WxApi[WxApiName]);
    },
    async callFunction(declaration, args) {
      const fn = new Function('wx', 'getCurrentPages', `return (${declaration})`)(wxShim, () =>
        wxApi.getCurrentPages(),
      ) as AnyApi;
      return plain(await fn(...args));
    },
    choosePreferences({ locale, care }) {
      if (care !== undefined) chooseCareMode(care);
      if (locale !== undefined) chooseLocale(locale);
    },
  };
}

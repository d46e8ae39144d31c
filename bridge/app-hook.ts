import type { Page } from 'playwright-core';
import type { AutomatorMock, AutomatorPage } from '../src/platform/e2e-hooks';

/** Typed calls into the app's e2e hook (src/platform/e2e-hooks.ts) on window.__qybAutomator. */
export function waitForApp(page: Page, timeout: number): Promise<unknown> {
  return page.waitForFunction(
    () => window.__qybAutomator?.pageStack().some((p) => document.getElementById(p.containerId) !== null),
    undefined,
    { timeout },
  );
}

/** The page stack, counting a page once it is on screen (Taro lists it a moment before it mounts). */
export function pageStack(page: Page): Promise<AutomatorPage[]> {
  return page.evaluate(() => {
    if (!window.__qybAutomator) throw new Error('the app has no automator hook: build it with npm run build:h5:e2e');
    return window.__qybAutomator.pageStack().filter((p) => document.getElementById(p.containerId) !== null);
  });
}

export function pageData(page: Page, pageId: number): Promise<Record<string, unknown> | null> {
  return page.evaluate((id) => window.__qybAutomator?.pageData(id) ?? null, pageId);
}

export function callWxMethod(page: Page, method: string, args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ([m, a]) => {
      if (!window.__qybAutomator) throw new Error('the app has no automator hook');
      return window.__qybAutomator.callWxMethod(m, a);
    },
    [method, args] as const,
  );
}

export function mockWxMethod(page: Page, method: string, mock: AutomatorMock | null): Promise<void> {
  return page.evaluate(
    ([m, spec]) => {
      if (!window.__qybAutomator) throw new Error('the app has no automator hook');
      window.__qybAutomator.mockWxMethod(m, spec);
    },
    [method, mock] as const,
  );
}

export function callFunction(page: Page, declaration: string, args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ([d, a]) => {
      if (!window.__qybAutomator) throw new Error('the app has no automator hook');
      return window.__qybAutomator.callFunction(d, a);
    },
    [declaration, args] as const,
  );
}

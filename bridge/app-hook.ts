import type { Page } from 'playwright-core';
import type { AutomatorMock, AutomatorPage } from '../src/platform/e2e-hooks';
import { ProtocolError } from './protocol';

/** Typed calls into the app's e2e hook (src/platform/e2e-hooks.ts) on window.__qybAutomator. */
export function waitForApp(page: Page, timeout: number): Promise<unknown> {
  return page.waitForFunction(
    () => window.__qybAutomator?.pageStack().some((p) => window.__qybBridge?.container(p.containerId)),
    undefined,
    { timeout },
  );
}

/** How long a route may take to put its page on screen (generous: CI machines are often busy). */
const MOUNT_TIMEOUT_MS = 10_000;

function mountedStack(): AutomatorPage[] {
  if (!window.__qybAutomator) throw new Error('the app has no automator hook: build it with npm run build:h5:e2e');
  const bridge = window.__qybBridge;
  return window.__qybAutomator.pageStack().filter((p) => bridge?.container(p.containerId));
}

/**
 * The page stack, counting a page once it is on screen (Taro lists it a moment before it mounts).
 * Mid-route the stack can be empty for a moment: wait for a page rather than report none.
 */
export async function pageStack(page: Page): Promise<AutomatorPage[]> {
  const stack = await page.evaluate(mountedStack);
  if (stack.length > 0) return stack;
  const mounted = () => window.__qybAutomator?.pageStack().some((p) => window.__qybBridge?.container(p.containerId));
  try {
    await page.waitForFunction(mounted, undefined, { timeout: MOUNT_TIMEOUT_MS });
  } catch {
    const seen = await page.evaluate(() => ({
      stack: window.__qybAutomator?.pageStack().map((p) => p.containerId) ?? [],
      containers: Array.from(document.querySelectorAll('.taro_page')).map((el) => el.id),
    }));
    throw new ProtocolError(
      `no page on screen after ${MOUNT_TIMEOUT_MS / 1000} s (stack ${JSON.stringify(seen.stack)}, containers ${JSON.stringify(seen.containers)})`,
    );
  }
  return page.evaluate(mountedStack);
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

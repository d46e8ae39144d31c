import type { Page } from 'playwright-core';
import { clickInPage } from '../element-scripts';

/**
 * A tap is a real click at the element's centre, as a finger would land (whatever is on top gets
 * it). Elements with no box on screen (hidden, zero-sized) get a synthetic click instead, as
 * DevTools taps them too.
 */
export async function tap(page: Page, elementId: string): Promise<void> {
  const handle = await page.evaluateHandle((id) => {
    if (!window.__qybBridge) throw new Error('the bridge runtime is missing from the page');
    return window.__qybBridge.node(id);
  }, elementId);
  try {
    const element = handle.asElement();
    const box = element ? await element.boundingBox() : null;
    if (!element || !box || box.width === 0 || box.height === 0) {
      await page.evaluate(clickInPage, { elementId });
      return;
    }
    await element.click({ force: true, timeout: 2000 });
  } finally {
    await handle.dispose();
  }
}

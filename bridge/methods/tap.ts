import type { Page } from 'playwright-core';
import { clickInPage, tapPoint } from '../element-scripts';

/**
 * A tap is a real mouse click at the element's centre when the element is what a finger would
 * touch there; otherwise (hidden, covered, mid-transition) the element gets a synthetic click, as
 * DevTools taps it regardless. Neither waits: a tap never hangs.
 */
export async function tap(page: Page, elementId: string): Promise<void> {
  const point = await page.evaluate(tapPoint, { elementId });
  if (point) await page.mouse.click(point.x, point.y);
  else await page.evaluate(clickInPage, { elementId });
}

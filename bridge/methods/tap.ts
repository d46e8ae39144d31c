import type { Page } from 'playwright-core';
import { clickInPage, tapPoint, tapStopped } from '../element-scripts';

/**
 * A tap is a real mouse click at the element's centre when the element is what a finger would
 * touch there; otherwise (hidden, covered, mid-transition) the element gets a synthetic click, as
 * DevTools taps it regardless. Neither waits: a tap never hangs.
 *
 * Measuring the centre and clicking there are two calls into the page, and the screen can move
 * between them (on a busy machine, a section the cloud answered late lays out above the element):
 * the click would land on whatever moved under it. The page stops such a click before the app sees
 * it (BridgeRuntime.guardTap), and the element gets its tap as a synthetic click instead.
 */
export async function tap(page: Page, elementId: string): Promise<void> {
  const point = await page.evaluate(tapPoint, { elementId });
  if (point) {
    await page.mouse.click(point.x, point.y);
    // A click that left the document (a link to another page) took its watch with it: not stopped.
    if (!(await page.evaluate(tapStopped).catch(() => false))) return;
  }
  await page.evaluate(clickInPage, { elementId });
}

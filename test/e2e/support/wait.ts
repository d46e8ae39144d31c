import type Element from 'miniprogram-automator/out/Element';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';

const POLL_MS = 100;
const TIMEOUT_MS = 10_000;
/** A step that reaches a cold function instance (hashing, the consent ledger, uploads) while stories run at once. */
export const COLD_FUNCTION_MS = 30_000;

/** Polls until `probe` gives a value; fails with what was awaited rather than a bare timeout. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
}

/** The current page once it is `path` (a tap that navigates does not wait like miniProgram.navigateTo). */
export async function onPage(miniProgram: MiniProgram, path: string, timeoutMs = TIMEOUT_MS): Promise<Page> {
  let seen = '(none)';
  try {
    return await until(
      `page ${path}`,
      async () => {
        const page = await miniProgram.currentPage();
        seen = page?.path ?? '(none)';
        return page?.path === path ? page : null;
      },
      timeoutMs,
    );
  } catch (error) {
    // Where the app was instead says more than the bare timeout.
    throw new Error(`${error instanceof Error ? error.message : String(error)}; the current page is ${seen}`);
  }
}

/**
 * The current page at `path` once it has an element matching `selector`, both looked up again on
 * every poll. After a relaunch (a language switch re-launches the page) the page an earlier lookup
 * returned is gone: polling it only answers NotFoundError until the timeout, and under load
 * onPage can still return the old page of the same path.
 */
export async function onPageWith(
  miniProgram: MiniProgram,
  path: string,
  selector: string,
  timeoutMs = TIMEOUT_MS,
): Promise<Page> {
  return until(
    `${selector} on the current ${path}`,
    async () => {
      const page = await miniProgram.currentPage();
      return page?.path === path && (await page.$(selector)) ? page : null;
    },
    timeoutMs,
  );
}

/** The first element matching `selector` on `page`, once there is one. */
export function elementOf(page: Page, selector: string, timeoutMs = TIMEOUT_MS): Promise<Element> {
  return until(`${selector} on ${page.path}`, () => page.$(selector), timeoutMs);
}

/** Waits until no element matches `selector` on `page`. */
export function gone(page: Page, selector: string, timeoutMs = TIMEOUT_MS): Promise<true> {
  return until(
    `${selector} to disappear from ${page.path}`,
    async () => (await page.$$(selector)).length === 0,
    timeoutMs,
  );
}

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { installBridgeRuntime, NAME_SHIM } from './page-runtime';

/** Who a connection is: sent with every request the app makes, so the local cloud gives it its own world. */
export interface PoolIdentity {
  env: string;
  openid: string;
}

/** A browser context and its one page, lent to one connection at a time. */
export interface Lease {
  readonly context: BrowserContext;
  readonly page: Page;
  /**
   * The page keeps something a later connection could see and no wipe removes (an exposed
   * binding): the context is closed at release instead of going back to the pool.
   */
  spoil(): void;
  /** Back to the pool, wiped, or closed when it cannot be wiped. Safe to call twice. */
  release(): Promise<void>;
}

/** Contexts kept open between connections; more are closed as they come back. */
const IDLE_KEPT = 8;

interface Slot {
  context: BrowserContext;
  page: Page;
}

/**
 * Browser contexts for automator connections. A context's first page costs about 3 s of CPU on a
 * 2-vCPU VM, of which ~2 s is Chromium starting the context and its renderer processes (measured
 * with an about:blank page); loading the app again in a kept page, its renderer and HTTP cache warm,
 * costs ~0.4 s. So a context that a finished connection leaves behind is wiped and lent to the next
 * one: its origin's storage (local and session storage, IndexedDB, Cache Storage, service workers),
 * its cookies, permissions and the tab's history are cleared and the page is on about:blank, the
 * state a new context starts in; the HTTP cache is kept, as a phone's would be. Anything that cannot
 * be wiped (a closed or crashed page, a second page, an exposed binding, a failed step) closes the
 * context instead. WeChat DevTools runs the same specs in one simulator per file and clears its
 * storage between stories (test/e2e/support/mini-program.ts): the pool gives each story no less.
 */
export class ContextPool {
  private idle: Slot[] = [];
  private closed = false;
  private readonly live = new Set<BrowserContext>();

  constructor(
    private readonly browser: Browser,
    private readonly origin: string,
    private readonly timeoutMs: number,
  ) {}

  async acquire(identity: PoolIdentity): Promise<Lease> {
    const slot = this.idle.pop() ?? (await this.open());
    await slot.context.setExtraHTTPHeaders({ 'x-dev-env': identity.env, 'x-dev-openid': identity.openid });
    let spoiled = false;
    let released: Promise<void> | undefined;
    return {
      context: slot.context,
      page: slot.page,
      spoil: () => {
        spoiled = true;
      },
      release: () => (released ??= this.giveBack(slot, spoiled)),
    };
  }

  /** Closes every context, lent or kept. */
  async close(): Promise<void> {
    this.closed = true;
    this.idle = [];
    await Promise.all([...this.live].map((context) => context.close().catch(() => undefined)));
  }

  private async open(): Promise<Slot> {
    const context = await this.browser.newContext({
      // The phone the UI is reviewed on (issue 20): iPhone 12–15 logical size.
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    this.live.add(context);
    context.on('close', () => this.live.delete(context));
    context.setDefaultTimeout(this.timeoutMs);
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(installBridgeRuntime);
    return { context, page: await context.newPage() };
  }

  private async giveBack(slot: Slot, spoiled: boolean): Promise<void> {
    const reusable =
      !spoiled && !this.closed && this.idle.length < IDLE_KEPT && (await this.wipe(slot).catch(() => false));
    if (reusable && !this.closed) this.idle.push(slot);
    else await slot.context.close().catch(() => undefined);
  }

  /** Brings the slot back to a new context's state; false when it cannot (the caller closes it). */
  private async wipe({ context, page }: Slot): Promise<boolean> {
    if (page.isClosed() || context.pages().length !== 1) return false;
    // Session storage and window.name belong to the tab, not to the origin's storage: cleared from
    // inside, while the page is still on the app's origin (the app only ever navigates within it).
    if (new URL(page.url()).origin !== this.origin) return false;
    await page.evaluate(() => {
      sessionStorage.clear();
      window.name = '';
    });
    // Leave the app: its timers and requests end with its document, before the next identity is set.
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    try {
      await cdp.send('Storage.clearDataForOrigin', { origin: this.origin, storageTypes: 'all' });
      // The tab's history is about:blank alone, as a new page's is.
      await cdp.send('Page.resetNavigationHistory');
    } finally {
      await cdp.detach().catch(() => undefined);
    }
    await context.clearCookies();
    await context.clearPermissions();
    return true;
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../bridge/chromium';
import { startCloud, type BridgeCloud } from '../../bridge/cloud';
import { DEFAULT_STATIC_DIR } from '../../bridge/start-bridge';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import { requireBuilt } from '../support/require-build';
import { PAGES } from './support/routes';

/**
 * H5, a first launch: the agreement shows, and its tick box answers, before the app's scripts have
 * run (index.html's prerendered copy, src/features/consent/first-screen-html.ts); the page then takes
 * over without a visible change, keeping what was done on the copy. Real Chromium, the e2e build,
 * its local cloud; the app's script is held back at the network to stand for a slow phone.
 */
jest.setTimeout(90_000);

const COPY = '#qyb-first-screen';
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 };

/** A page whose app.js arrives only when `release` is called (or never, with `release` unused). */
async function heldLaunch(context: BrowserContext, hash = ''): Promise<{ page: Page; release: () => void }> {
  const page = await context.newPage();
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/js/app.js', async (route) => {
    await released;
    await route.continue();
  });
  // Not 'domcontentloaded': that waits for the deferred app.js. Parsed is enough (the copy's script
  // runs as the page parses).
  await page.goto(`${cloud.origin}/${hash}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
  return { page, release };
}

const copyState = (page: Page) =>
  page.evaluate((selector) => {
    const box = document.querySelector<HTMLElement>(selector);
    return { hidden: box?.hidden, filled: (box?.childElementCount ?? 0) > 0 };
  }, COPY);

/** Pixels of two same-sized screenshots that differ by more than a hair, counted by Chromium's own canvas. */
async function differing(a: Buffer, b: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ([x, y]) => {
        const pixels = async (base64: string) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d') as CanvasRenderingContext2D;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height).data;
        };
        const [p, q] = [await pixels(x), await pixels(y)];
        if (p.length !== q.length) return Number.POSITIVE_INFINITY;
        let count = 0;
        for (let i = 0; i < p.length; i += 4) {
          const d = Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!);
          if (d > 30) count += 1;
        }
        return count;
      },
      [a.toString('base64'), b.toString('base64')] as const,
    );
  } finally {
    await page.close();
  }
}

let browser: Browser;
let cloud: BridgeCloud;
let dataDir: string | undefined;

beforeAll(async () => {
  requireBuilt(
    [path.relative(path.resolve(__dirname, '..', '..'), path.join(DEFAULT_STATIC_DIR, 'index.html'))],
    'npm run build:h5:e2e',
  );
  dataDir = mkdtempSync(path.join(tmpdir(), 'qyb-first-screen-'));
  cloud = await startCloud(DEFAULT_STATIC_DIR, dataDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the first screen of a first launch (H5)', () => {
  it('shows the agreement before the app runs; a tick made then is kept when the page takes over', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    try {
      const { page, release } = await heldLaunch(context);
      const tick = page.locator(`${COPY} .agreement__tick`);
      await tick.waitFor();
      expect(await page.locator(`${COPY} .agreement__tick-label`).textContent()).toBe(zhCN.agreement.tick);
      expect(await page.locator(`${COPY} .agreement__agree`).textContent()).toBe(zhCN.agreement.tickFirst);
      await tick.click();
      expect(await tick.getAttribute('aria-checked')).toBe('true');
      expect(await page.locator(`${COPY} .agreement__agree`).textContent()).toBe(zhCN.agreement.agree);

      release();
      await page.locator('#app .agreement__tick[aria-checked="true"]').waitFor();
      expect(await copyState(page)).toEqual({ hidden: true, filled: false });
      expect(await page.locator('#app .agreement__agree').textContent()).toBe(zhCN.agreement.agree);
    } finally {
      await context.close();
    }
  });

  it('answers a tap on Agree made before the app ran: the consent is recorded and home opens', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'en-US' });
    try {
      const { page, release } = await heldLaunch(context);
      await page.locator(`${COPY} .agreement__tick`).click();
      await page.locator(`${COPY} .agreement__agree`).click();
      release();
      await page.waitForFunction((home) => location.hash === `#/${home}`, PAGES.home);
      expect(await page.evaluate(() => localStorage.getItem('consent.accepted'))).not.toBeNull();
      expect(await copyState(page)).toEqual({ hidden: true, filled: false });
    } finally {
      await context.close();
    }
  });

  it('is not shown to someone who already decided, nor for a deep link', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    try {
      await context.addInitScript(() =>
        localStorage.setItem('consent.declined', JSON.stringify({ data: { declinedAt: '2026-12-01T00:00:00Z' } })),
      );
      const decided = await heldLaunch(context);
      expect(await copyState(decided.page)).toEqual({ hidden: true, filled: false });
      decided.release();
      await decided.page.close();
    } finally {
      await context.close();
    }
    const fresh = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    try {
      const deep = await heldLaunch(fresh, `#/${PAGES.policy}?id=user-agreement`);
      expect(await copyState(deep.page)).toEqual({ hidden: true, filled: false });
      deep.release();
    } finally {
      await fresh.close();
    }
  });

  it('is taken off when another page opens first (the address changed while the app was loading)', async () => {
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    try {
      const { page, release } = await heldLaunch(context);
      await page.locator(`${COPY} .agreement__tick`).waitFor();
      await page.evaluate((policy) => history.replaceState(null, '', `#/${policy}?id=user-agreement`), PAGES.policy);
      release();
      await page.locator('#app .taro_page .policy-view__h1').first().waitFor();
      expect(await copyState(page)).toEqual({ hidden: true, filled: false });
    } finally {
      await context.close();
    }
  });

  it.each([
    ['zh-CN', zhCN.agreement.tick],
    ['en-US', en.agreement.tick],
  ])('looks in %s as the page that replaces it does', async (locale, tickLabel) => {
    const shots: Buffer[] = [];
    for (const held of [true, false]) {
      const context = await browser.newContext({ ...PHONE, locale });
      try {
        const { page, release } = await heldLaunch(context);
        if (!held) release();
        const where = held ? COPY : '#app';
        await page.locator(`${where} .agreement__tick-label`).waitFor();
        expect(await page.locator(`${where} .agreement__tick-label`).textContent()).toBe(tickLabel);
        // Past the later blocks' batches and any transition: the screen at rest.
        await page.waitForTimeout(500);
        shots.push(await page.screenshot());
        release();
      } finally {
        await context.close();
      }
    }
    const [copy, page] = shots as [Buffer, Buffer];
    // Measured at 255–643 of 1,218,000 (anti-aliasing); a moved line or a different colour is tens of thousands.
    expect(await differing(copy, page)).toBeLessThan(5_000);
  });
});

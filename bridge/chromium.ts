import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.QYB_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Browser UI a headless run never shows, which Chromium 156 still builds for every new window (each
 * browser context): the address bar's two WebUI popups (chrome://omnibox-popup.top-chrome), in a
 * renderer of their own. Measured on a 2-vCPU VM, a browser and four contexts cost 6.0–6.5 s of CPU
 * outside the browser process with them, 0.9–1.0 s without.
 *
 * And the spare renderer: after each navigation Chromium starts a renderer process ahead of need for
 * the browser context last used, which a navigation of another context (every new connection's,
 * every launch of the bench's) cannot take, so it is thrown away. Eight contexts each loading a
 * page: 16 renderer processes started with it, 8 without, and 7.9–8.7 s of the machine's CPU
 * against 5.7–7.6 s (three runs each, 2026-12-04).
 */
const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'SpareRendererForSitePerProcess'];

/**
 * Playwright's own `--disable-features` list (its chromiumSwitches), read from the installed
 * playwright-core: Chromium keeps only the last `--disable-features` switch it is given, so ours
 * carries Playwright's too. A unit test fails if this stops finding it.
 */
export function playwrightDisabledFeatures(): string[] {
  const bundle = path.join(path.dirname(require.resolve('playwright-core/package.json')), 'lib', 'coreBundle.js');
  const list = /\bdisabledFeatures = \[([\s\S]*?)\]/.exec(readFileSync(bundle, 'utf8'))?.[1] ?? '';
  return [...list.matchAll(/"([A-Za-z0-9_]+)"/g)].map((match) => match[1] ?? '');
}

export function chromiumArgs(): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    // Compositing is in software either way (no GPU here): as a thread of the browser process
    // rather than a process of its own it costs less. Six e2e specs, two runs each: Chromium's CPU
    // 49.7/47.1 → 45.7/44.5 s, the machine's 99.8/95.2 → 92.3/89.3 s (2026-12-04).
    '--in-process-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-features=${[...new Set([...playwrightDisabledFeatures(), ...DISABLED_FEATURES])].join(',')}`,
  ];
}

/** Debian's Chromium, headless; playwright gives it a fresh throw-away profile on every launch. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs() });
}

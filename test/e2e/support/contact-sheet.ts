import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../../bridge/chromium';
import { screensSetDir, SCREENS_DIR } from './screens';
import type { ScreenRow } from './variant-rows';

const COLUMNS = 6;

/**
 * test-results/screens/contact-sheet.png: every saved screen with its name, one row per screen and
 * its variants side by side (variant-rows.ts), for one look at the whole app. Chromium (already the
 * bridge's browser) renders an HTML page of the PNGs; no image library.
 */
export async function writeContactSheet(rows: ScreenRow[]): Promise<string> {
  const figure = (file: string, caption: string) =>
    `<figure><img src="data:image/png;base64,${readFileSync(file).toString('base64')}"><figcaption>${caption}</figcaption></figure>`;
  const html = `<!doctype html><meta charset="utf-8"><style>
    body{margin:0;padding:16px;background:#ddd;font:14px sans-serif}
    section{display:grid;grid-template-columns:repeat(${COLUMNS},200px);gap:12px;margin-bottom:20px}
    h2{grid-column:1/-1;margin:0;font-size:16px}h2 small{color:#a00;font-weight:normal}
    figure{margin:0;background:#fff;padding:4px}img{width:192px;display:block}figcaption{padding-top:4px}
  </style>${rows
    .map(
      (row) =>
        `<section><h2>${row.base}${row.missing.length > 0 ? ` <small>missing: ${row.missing.join(', ')}</small>` : ''}</h2>${row.screens
          .map((s) => figure(s.file, s.variant))
          .join('')}</section>`,
    )
    .join('')}`;
  const page = path.join(SCREENS_DIR, 'contact-sheet.html');
  writeFileSync(page, html);
  const out = path.join(SCREENS_DIR, 'contact-sheet.png');
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage({ viewport: { width: COLUMNS * 212 + 32, height: 800 } });
    await tab.goto(`file://${page}`);
    await tab.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
  }
  return out;
}

/** The PNGs of this run's set saved since `sinceMs`. */
export function screensSince(sinceMs: number): string[] {
  const dir = screensSetDir();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.png'))
    .map((n) => path.join(dir, n))
    .filter((f) => statSync(f).mtimeMs >= sinceMs)
    .sort();
}

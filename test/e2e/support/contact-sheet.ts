import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../../bridge/chromium';
import { SCREENS_DIR } from './screens';

/**
 * test-results/screens/contact-sheet.png: every saved screen side by side with its name, for one
 * look at the whole app. Chromium (already the bridge's browser) renders an HTML grid of the PNGs;
 * no image library.
 */
export async function writeContactSheet(files: string[]): Promise<string> {
  const cells = files
    .map((file) => {
      const data = readFileSync(file).toString('base64');
      const name = path.basename(path.dirname(file)) + '/' + path.basename(file, '.png');
      return `<figure><img src="data:image/png;base64,${data}"><figcaption>${name}</figcaption></figure>`;
    })
    .join('');
  const html = `<!doctype html><meta charset="utf-8"><style>
    body{margin:0;padding:16px;background:#ddd;font:14px sans-serif;display:grid;grid-template-columns:repeat(6,200px);gap:12px}
    figure{margin:0;background:#fff;padding:4px}img{width:192px;display:block}figcaption{padding-top:4px}
  </style>${cells}`;
  const page = path.join(SCREENS_DIR, 'contact-sheet.html');
  writeFileSync(page, html);
  const out = path.join(SCREENS_DIR, 'contact-sheet.png');
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage({ viewport: { width: 6 * 212 + 32, height: 800 } });
    await tab.goto(`file://${page}`);
    await tab.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
  }
  return out;
}

/**
 * The contact sheet of one e2e run: every screen of the set (QYB_SCREENS_SET, else "latest") saved
 * since `sinceMs`, by name, so the variants of a screen (care-, en-, zh-CN-, zh-MO-) sit together
 * by variant. Nothing saved: no sheet. Returns the sheet's path, or null.
 */
export async function writeRunContactSheet(sinceMs: number): Promise<string | null> {
  const dir = path.join(SCREENS_DIR, process.env.QYB_SCREENS_SET ?? 'latest');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  const files = names
    .filter((n) => n.endsWith('.png'))
    .map((n) => path.join(dir, n))
    .filter((f) => statSync(f).mtimeMs >= sinceMs)
    .sort();
  return files.length === 0 ? null : writeContactSheet(files);
}

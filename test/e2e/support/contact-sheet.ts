import { readFileSync, writeFileSync } from 'node:fs';
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

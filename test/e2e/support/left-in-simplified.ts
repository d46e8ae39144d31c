import { readdirSync } from 'node:fs';
import path from 'node:path';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { TOP_PAGE } from './top-page';

const I18N = path.resolve(__dirname, '..', '..', '..', 'src', 'i18n');

/** Every string of the catalogs in `prefix-*.ts` (functions, which build their text, left out). */
function leaves(prefix: string): Set<string> {
  const out = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.add(value.trim());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  for (const file of readdirSync(I18N).filter((f) => f === `${prefix}.ts` || f.startsWith(`${prefix}-`))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    walk(Object.values(require(path.join(I18N, file)) as Record<string, unknown>));
  }
  return out;
}

let simplifiedOnly: Set<string> | undefined;

/** The Simplified catalog's texts that the Portuguese one does not also use as they are. */
function simplifiedTexts(): Set<string> {
  if (!simplifiedOnly) {
    const portuguese = leaves('pt-PT');
    simplifiedOnly = new Set([...leaves('zh-CN')].filter((text) => text.length > 1 && !portuguese.has(text)));
  }
  return simplifiedOnly;
}

/** The visible text of the page on show, one entry per element's own text. */
const VISIBLE_TEXTS = `function () {
  const root = ${TOP_PAGE};
  const out = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const r = el ? el.getBoundingClientRect() : null;
    if (!el || !r || r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    const text = node.textContent.trim();
    if (text) out.push(text);
  }
  return out;
}`;

/**
 * After a switch to Portuguese, text still in Simplified Chinese that came from a catalog: a screen
 * that held a catalog's text in its state at the time (a notice, a default) instead of reading it
 * at render time. What people typed or the cloud holds is never a catalog's exact text.
 */
export async function leftInSimplified(miniProgram: MiniProgram, name: string): Promise<string[]> {
  const shown = (await miniProgram.evaluate(VISIBLE_TEXTS)) as string[];
  const simplified = simplifiedTexts();
  return shown.filter((text) => simplified.has(text)).map((text) => `${name}: left in 简体 "${text}"`);
}

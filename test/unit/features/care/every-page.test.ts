import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * 关怀模式 (issue 20) is a class on each page's root: a page that forgets it keeps 46-px buttons and
 * small text for the people who asked for larger ones. Every page reads the mode, except a
 * web-view page, whose content is another site's.
 */
const SRC = join(__dirname, '..', '..', '..', '..', 'src');
const WEB_VIEW_ONLY = new Set(['packages/account/pages/linked-web/index.tsx']);

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name === 'index.tsx' && /\/pages\//.test(path) ? [path] : [];
  });
}

describe('关怀模式 on every page', () => {
  const all = pages(SRC).map((path) => relative(SRC, path));

  it('finds the pages', () => {
    expect(all.length).toBeGreaterThan(30);
  });

  it.each(all.filter((page) => !WEB_VIEW_ONLY.has(page)))('%s puts the care class on its root', (page) => {
    const source = readFileSync(join(SRC, page), 'utf8');
    expect(source).toMatch(/useCareMode\(\)/);
    expect(source).toMatch(/rootClass/);
  });

  it('the web-view exemption is still a web-view page', () => {
    for (const page of WEB_VIEW_ONLY) expect(readFileSync(join(SRC, page), 'utf8')).toMatch(/<WebView /);
  });
});

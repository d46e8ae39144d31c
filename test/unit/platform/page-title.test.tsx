import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyLocale } from '../../../src/i18n/locale-store';
import { zhCN } from '../../../src/i18n/zh-CN';
import { zhCNPackages } from '../../../src/i18n/zh-CN-packages';
import { usePageTitle } from '../../../src/platform/page-title';
import { overrideWxApi, restoreWxApi } from '../../../src/platform/wx-api';
import { tp } from '../../../src/i18n/packages';

const src = resolve(__dirname, '..', '..', '..', 'src');

/** Every page the app declares (src/app.config.ts), main package and subpackages. */
function declaredPages(): string[] {
  const config = readFileSync(join(src, 'app.config.ts'), 'utf8');
  const main = /pages: \[([^\]]*)\],\n\s*subPackages/.exec(config)?.[1] ?? '';
  const pages = [...main.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
  for (const sub of config.matchAll(/root: '([^']+)',\s*pages: \[([^\]]*)\]/g)) {
    for (const page of (sub[2] ?? '').matchAll(/'([^']+)'/g)) pages.push(`${sub[1]}/${page[1]}`);
  }
  return pages;
}

const Page = ({ title }: { title: string }) => {
  usePageTitle(title);
  return null;
};

describe('page titles', () => {
  afterEach(() => {
    restoreWxApi();
    applyLocale('zh-CN');
  });

  it('come from the catalog on every page, the static one being the Simplified title', () => {
    const pages = declaredPages();
    expect(pages.length).toBeGreaterThan(25);
    const wrong = pages.filter((page) => {
      const code = readFileSync(join(src, `${page}.tsx`), 'utf8');
      // Main-package pages read the core catalog (t), subpackage pages the packages catalog (tp).
      const [, catalog, key] = /usePageTitle\((tp?)\.titles\.(\w+)\)/.exec(code) ?? [];
      const titles: Record<string, string> = catalog === 'tp' ? zhCNPackages.titles : zhCN.titles;
      const config = readFileSync(join(src, `${page}.config.ts`), 'utf8');
      const title = /navigationBarTitleText: '([^']+)'/.exec(config)?.[1];
      return key === undefined || titles[key] !== title;
    });
    expect(wrong).toEqual([]);
  });

  it('are set at runtime in the UI language', () => {
    const set: string[] = [];
    overrideWxApi('setNavigationBarTitle', (option) => {
      set.push(option.title);
      return Promise.resolve({ errMsg: 'setNavigationBarTitle:ok' });
    });
    applyLocale('zh-MO');
    render(<Page title={tp.titles.profile} />);
    applyLocale('en');
    render(<Page title={tp.titles.profile} />);
    expect(set).toEqual(['我的帳號', 'My account']);
  });
});

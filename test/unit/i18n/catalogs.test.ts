import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { zhCN } from '../../../src/i18n/zh-CN';
import { zhMO } from '../../../src/i18n/zh-MO';
import { en } from '../../../src/i18n/en';
import { ptPT } from '../../../src/i18n/pt-PT';
import * as zhCNSections from './sections/zh-CN';
import * as zhMOSections from './sections/zh-MO';
import * as enSections from './sections/en';
import * as ptPTSections from './sections/pt-PT';

type Entries = Map<string, unknown>;

/** Every leaf of a catalog by its dotted path (arrays by index). */
function leaves(value: unknown, path = '', out: Entries = new Map()): Entries {
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, out);
  } else out.set(path, value);
  return out;
}

/** The placeholders a leaf fills: {name} in a string, or which arguments a template function prints. */
function placeholders(leaf: unknown): string[] {
  if (typeof leaf === 'function') {
    const markers = Array.from({ length: leaf.length }, (_, i) => `⟦${i}⟧`);
    const text = String((leaf as (...args: string[]) => unknown)(...markers));
    return markers.filter((m) => text.includes(m));
  }
  return typeof leaf === 'string' ? (leaf.match(/\{\w+\}/g) ?? []).sort() : [];
}

const simplified = { main: zhCN, ...zhCNSections };
const translations = {
  'zh-MO': { main: zhMO, ...zhMOSections },
  'pt-PT': { main: ptPT, ...ptPTSections },
  en: { main: en, ...enSections },
};

describe.each(Object.entries(translations))('the %s catalogs', (_locale, catalogs) => {
  const source = leaves(simplified);
  const target = leaves(catalogs);

  it('have every key of the Simplified Chinese catalogs, and no other', () => {
    expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
    expect(source.size).toBeGreaterThan(500);
  });

  it('leave no string empty', () => {
    const empty = [...target].filter(([, v]) => typeof v === 'string' && v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('fill the same placeholders and take the same arguments', () => {
    const mismatched = [...source]
      .filter(([key, leaf]) => {
        const other = target.get(key);
        const arity = typeof leaf === 'function' && typeof other === 'function' && leaf.length !== other.length;
        return arity || placeholders(leaf).join() !== placeholders(other).join() || typeof leaf !== typeof other;
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});

describe('the placeholder check', () => {
  it('catches a translation that drops an argument', () => {
    expect(placeholders((n: number) => `共 ${n} 条`)).toEqual(['⟦0⟧']);
    expect(placeholders((_n: number) => 'all records')).toEqual([]);
    expect(placeholders('Hello {name}')).toEqual(['{name}']);
  });
});

describe('every Simplified Chinese catalog', () => {
  const dir = join(__dirname, '..', '..', '..', 'src', 'i18n');
  const sources = readdirSync(dir).filter((f) => /^zh-CN-[\w-]+\.ts$/.test(f));
  const sectionName = (file: string) =>
    file.slice('zh-CN-'.length, -3).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

  it('has its three translations beside it, checked above key by key', () => {
    const missing = sources.flatMap((file) =>
      (['zh-MO', 'pt-PT', 'en'] as const)
        .map((locale) => file.replace('zh-CN', locale))
        .filter((twin) => !existsSync(join(dir, twin))),
    );
    expect(missing).toEqual([]);
    const unchecked = sources.map(sectionName).filter((name) => !(name in zhCNSections));
    expect(unchecked).toEqual([]);
    expect(sources.length).toBeGreaterThan(5);
  });

  it('is served live: the screens read a catalog that follows the locale', () => {
    const unlocalised = readdirSync(dir)
      .filter((f) => /^[a-z-]+\.ts$/.test(f) && existsSync(join(dir, `zh-CN-${f}`)))
      .filter((f) => !readFileSync(join(dir, f), 'utf8').includes('localized('));
    expect(unlocalised).toEqual([]);
  });
});

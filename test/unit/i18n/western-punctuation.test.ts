import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_MESSAGES } from '../../../cloudfunctions/lib/errors/codes';
import { enNotices, enNoticeRoles } from '../../../cloudfunctions/lib/contract/notices/en';
import { ptPTNotices, ptPTNoticeRoles } from '../../../cloudfunctions/lib/contract/notices/pt-PT';
import { EN_MATTERS } from '../../../config/matter-texts/en';
import { PT_PT_MATTERS } from '../../../config/matter-texts/pt-PT';
import { en } from '../../../src/i18n/en';
import { ptPT } from '../../../src/i18n/pt-PT';
import * as enSections from './sections/en';
import * as ptPTSections from './sections/pt-PT';

/**
 * English and Portuguese are written with their own punctuation: a label and its value as
 * `Reason: …`, a note as ` (…)`, a list as `a, b`. The full-width marks of Chinese (：（），、【】)
 * on a Portuguese screen read as a Chinese text half translated (issue 20: the staff
 * privacy-request screen showed `Motivo：…`, the push preview `【…】`).
 */
const FULL_WIDTH = /[\uFF1A\uFF08\uFF09\uFF0C\u3001\u3010\u3011]/;

/** Every text a catalog can show, by dotted path; a template is shown with stand-ins for its arguments. */
function texts(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'function') {
    const args = Array.from({ length: Math.max(value.length, 2) }, (_, i) => `⟦${i}⟧`);
    out.set(path, String((value as (...a: string[]) => unknown)(...args)));
  } else if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) texts(child, path ? `${path}.${key}` : key, out);
  return out;
}

const withFullWidth = (catalog: unknown): string[] =>
  [...texts(catalog)].filter(([, text]) => FULL_WIDTH.test(text)).map(([path, text]) => `${path}: ${text}`);

const SRC = join(__dirname, '..', '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(SRC, 'i18n') ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Lines of code (comments left out) that put a full-width mark on screen whatever the language. */
function gluedMarks(code: string): string[] {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .filter((line) => /[\uFF1A\uFF08\uFF09\u3001\u3010\u3011]/.test(line))
    .map((line) => line.trim());
}

describe('the English and Portuguese texts', () => {
  const catalogs = {
    en: { main: en, ...enSections, notices: enNotices, noticeRoles: enNoticeRoles, matters: EN_MATTERS },
    'pt-PT': {
      main: ptPT,
      ...ptPTSections,
      notices: ptPTNotices,
      noticeRoles: ptPTNoticeRoles,
      matters: PT_PT_MATTERS,
    },
  };

  it.each(Object.entries(catalogs))('%s catalogs use no full-width Chinese punctuation', (_locale, catalog) => {
    expect(texts(catalog).size).toBeGreaterThan(500);
    expect(withFullWidth(catalog)).toEqual([]);
  });

  it.each(['en', 'pt-PT'] as const)('%s server messages use no full-width Chinese punctuation', (locale) => {
    let found: string[] = [];
    jest.isolateModules(() => {
      jest.requireActual('../../../src/i18n/packages');
      const store = jest.requireActual<typeof import('../../../src/i18n/locale-store')>(
        '../../../src/i18n/locale-store',
      );
      const errors = jest.requireActual<typeof import('../../../src/i18n/server-errors')>(
        '../../../src/i18n/server-errors',
      );
      store.applyLocale(locale);
      const shown = Object.keys(ERROR_MESSAGES).map((code) => [code, errors.errorMessage(code, '')] as const);
      expect(shown.filter(([, text]) => text !== '').length).toBeGreaterThan(20);
      found = shown.filter(([, text]) => FULL_WIDTH.test(text)).map(([code, text]) => `${code}: ${text}`);
    });
    expect(found).toEqual([]);
  });

  it('catch a translation left with a Chinese colon, bracket or list mark', () => {
    expect(withFullWidth({ a: 'Motivo：x', b: (n: string) => `Pedidos（${n}）`, c: 'ok: (fine)', d: 'a、b' })).toEqual([
      'a: Motivo：x',
      'b: Pedidos（⟦0⟧）',
      'd: a、b',
    ]);
  });
});

describe('the screens', () => {
  it('glue no full-width mark to a text outside the catalogs (they go through i18n/compose.ts)', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(100);
    const glued = files.flatMap((file) =>
      gluedMarks(readFileSync(file, 'utf8')).map((line) => `${file.slice(SRC.length + 1)}: ${line}`),
    );
    expect(glued).toEqual([]);
  });

  it('the scan finds a glued mark in code and ignores comments', () => {
    const code = [
      '/** 姓名：李四 */',
      'const a = `${label}：${value}`; // 说明：x',
      '<View>{name}（{uscc}）</View>',
      'const ok = labelled(label, value);',
    ].join('\n');
    expect(gluedMarks(code)).toEqual(['const a = `${label}：${value}`;', '<View>{name}（{uscc}）</View>']);
  });
});

import { applyLocale } from '../../../src/i18n/locale-store';
import { aside, labelled, listOf } from '../../../src/i18n/compose';

describe('text composed from parts in the UI language’s punctuation', () => {
  afterEach(() => applyLocale('zh-CN'));

  it('Chinese (both scripts) uses full-width marks and the enumeration comma', () => {
    for (const locale of ['zh-CN', 'zh-MO'] as const) {
      applyLocale(locale);
      expect([labelled('账号', '张三'), listOf(['甲', '乙']), aside('名称', '代码')]).toEqual([
        '账号：张三',
        '甲、乙',
        '名称（代码）',
      ]);
    }
  });

  it('English and Portuguese use a colon and a space, commas, and round brackets after a space', () => {
    for (const locale of ['en', 'pt-PT'] as const) {
      applyLocale(locale);
      expect([labelled('Conta', 'ana'), listOf(['a', 'b', 'c']), aside('Nome', 'código')]).toEqual([
        'Conta: ana',
        'a, b, c',
        'Nome (código)',
      ]);
    }
  });
});

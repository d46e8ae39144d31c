import { applyLocale, currentLocale, localized } from '../../../src/i18n/locale-store';
import { localeFromWeChat } from '../../../src/i18n/locale';

describe('localeFromWeChat', () => {
  it.each([
    ['zh_CN', 'zh-CN'],
    ['zh_HK', 'zh-MO'],
    ['zh_TW', 'zh-MO'],
    ['en', 'en'],
    ['en_US', 'en'],
    ['pt', 'pt-PT'],
    ['pt_BR', 'pt-PT'],
    ['fr', 'zh-CN'],
    [undefined, 'zh-CN'],
  ] as const)('reads WeChat language %s as %s', (language, locale) => {
    expect(localeFromWeChat(language)).toBe(locale);
  });
});

describe('localized catalogs', () => {
  afterEach(() => applyLocale('zh-CN'));

  const simplified = { greet: { hello: '你好', named: (name: string) => `你好，${name}` }, list: ['一', '二'] };
  const translations = {
    'zh-MO': { greet: { hello: '你好（澳）', named: (name: string) => `你好，${name}（澳）` }, list: ['壹', '貳'] },
    'pt-PT': { greet: { hello: 'Olá', named: (name: string) => `Olá, ${name}` }, list: ['um', 'dois'] },
    en: { greet: { hello: 'Hello', named: (name: string) => `Hello, ${name}` }, list: ['one', 'two'] },
  };

  it('speak the current locale, and a switch rewrites them in place (kept references too)', () => {
    const t = localized(simplified, translations);
    const kept = t.greet;
    expect(t.greet.hello).toBe('你好');
    applyLocale('en');
    expect(currentLocale()).toBe('en');
    expect(kept.hello).toBe('Hello');
    expect(t.greet.named('Ana')).toBe('Hello, Ana');
    expect(t.list).toEqual(['one', 'two']);
    applyLocale('zh-MO');
    expect(kept.hello).toBe('你好（澳）');
  });

  it('never change the source catalogs', () => {
    localized(simplified, translations);
    applyLocale('pt-PT');
    applyLocale('zh-CN');
    expect(simplified.greet.hello).toBe('你好');
    expect(translations.en.greet.hello).toBe('Hello');
  });
});

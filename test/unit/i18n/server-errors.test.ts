import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(__dirname, '..', '..', '..', 'src');

type ErrorsModule = typeof import('../../../src/i18n/server-errors');
type StoreModule = typeof import('../../../src/i18n/locale-store');

/** A fresh module world: the launch pages alone, or with a subpackage page's i18n loaded. */
function load(withPackages: boolean): { errors: ErrorsModule; store: StoreModule } {
  let loaded: { errors: ErrorsModule; store: StoreModule } | undefined;
  jest.isolateModules(() => {
    if (withPackages) jest.requireActual('../../../src/i18n/packages');
    loaded = {
      errors: jest.requireActual<ErrorsModule>('../../../src/i18n/server-errors'),
      store: jest.requireActual<StoreModule>('../../../src/i18n/locale-store'),
    };
  });
  return loaded!;
}

describe('errorMessage', () => {
  describe('when only the launch pages are loaded (the weapp main package)', () => {
    it('translates what home and the agreement can meet, and leaves the rest to the server', () => {
      const { errors, store } = load(false);
      store.applyLocale('en');
      expect(errors.errorMessage('CONSENT.VERSION_STALE', '协议已更新')).not.toBe('协议已更新');
      expect(errors.errorMessage('LINKED.NOT_FOUND', '未找到该关联账号')).toBe('未找到该关联账号');
    });
  });

  describe('when a subpackage page has loaded i18n/packages', () => {
    it.each(['en', 'pt-PT', 'zh-MO'] as const)('speaks %s for the subpackage screens too', (locale) => {
      const { errors, store } = load(true);
      store.applyLocale(locale);
      expect(errors.errorMessage('LINKED.NOT_FOUND', '未找到该关联账号')).not.toBe('未找到该关联账号');
      expect(errors.errorMessage('STAFF.FACTOR_INVALID', 'x')).not.toBe('x');
      expect(errors.errorMessage('INTERNAL', 'x')).not.toBe('x');
    });

    it('keeps the server message in Simplified Chinese', () => {
      const { errors, store } = load(true);
      store.applyLocale('zh-CN');
      expect(errors.errorMessage('LINKED.NOT_FOUND', '未找到该关联账号')).toBe('未找到该关联账号');
    });
  });

  describe('CONTENT.RISKY, which names the field to change', () => {
    const wire = '您填写的“联系方式”含有不适宜的内容，请删改后再提交';

    it.each([
      ['en', 'Contact'],
      ['pt-PT', 'Contacto'],
      ['zh-MO', '聯絡方式'],
    ] as const)('names a field the client knows in %s', (locale, name) => {
      const { errors, store } = load(true);
      store.applyLocale(locale);
      const shown = errors.errorMessage('CONTENT.RISKY', wire, 'contact');
      expect(shown).toContain(name);
      expect(shown).not.toContain('联系方式');
    });

    it('says which content without a name for a field it does not know (a request form’s own field)', () => {
      const { errors, store } = load(true);
      store.applyLocale('en');
      const shown = errors.errorMessage('CONTENT.RISKY', '您填写的“经营范围”含有不适宜的内容', 'form.scope');
      expect(shown).toMatch(/unsuitable content/);
      expect(shown).not.toMatch(/[\u4e00-\u9fff]/);
    });

    it('keeps the server message, field name included, in Simplified Chinese', () => {
      const { errors, store } = load(true);
      store.applyLocale('zh-CN');
      expect(errors.errorMessage('CONTENT.RISKY', wire, 'contact')).toBe(wire);
    });

    it('is worded again for the new locale when kept as a refusal', () => {
      const { errors, store } = load(true);
      const refusal = errors.refusalOf({
        code: 'CONTENT.RISKY',
        message: 'Contact…',
        serverMessage: wire,
        field: 'contact',
      });
      expect(errors.refusalText(refusal)).toBe(wire);
      store.applyLocale('pt-PT');
      expect(errors.refusalText(refusal)).toContain('«Contacto»');
    });
  });

  it('is loaded by every subpackage page, through i18n/packages', () => {
    const packages = join(SRC, 'packages');
    const pages = readdirSync(packages)
      .flatMap((pkg) =>
        readdirSync(join(packages, pkg, 'pages')).map((page) => join(packages, pkg, 'pages', page, 'index.tsx')),
      )
      .filter((file) => existsSync(file));
    expect(pages.length).toBeGreaterThan(30);
    const without = pages.filter((file) => !/from '(\.\.\/)+i18n\/packages'/.test(readFileSync(file, 'utf8')));
    expect(without).toEqual([]);
    expect(readFileSync(join(SRC, 'i18n', 'packages.ts'), 'utf8')).toContain("import './server-errors-packages';");
  });
});

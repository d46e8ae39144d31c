import * as v from 'valibot';
import { MATTER_SEED } from '../../../../../config/matters';
import {
  MatterTranslationsSchema,
  matterNamesOf,
  matterTextProblems,
} from '../../../../../cloudfunctions/lib/contract/matter-texts';
import { MatterSchema } from '../../../../../cloudfunctions/lib/contract/requests';

const archive = MATTER_SEED.find((m) => m.code === 'ARCHIVE-COPY')!;
const accepts = (translations: unknown) => v.safeParse(MatterTranslationsSchema, translations).success;

describe('MatterTranslationsSchema', () => {
  it('takes a partial text set per locale', () => {
    expect(accepts({ en: { name: 'Archive copy' } })).toBe(true);
    expect(accepts({ 'zh-MO': { fields: { scope: { options: { public: '公開登記資料' } } } } })).toBe(true);
  });

  it('refuses a locale the UI does not have, or Simplified Chinese itself', () => {
    expect(accepts({ fr: { name: 'Copie' } })).toBe(false);
    expect(accepts({ 'zh-CN': { name: '企业登记档案查询复制' } })).toBe(false);
  });

  it('refuses unknown keys in a text set (strict objects)', () => {
    expect(accepts({ en: { name: 'Archive copy', openid: 'x' } })).toBe(false);
    expect(accepts({ en: { materials: { identity: { name: 'ID', kinds: ['pdf'] } } } })).toBe(false);
  });

  describe('lengths: the Simplified limits, three letters per character', () => {
    it.each([
      ['a name of 120 letters', { name: 'n'.repeat(120) }, true],
      ['a name of 121 letters', { name: 'n'.repeat(121) }, false],
      ['a one-letter name (Simplified needs two)', { name: 'n' }, false],
      ['an empty material name', { materials: { identity: { name: '' } } }, false],
      ['a field label of 121 letters', { fields: { scope: { label: 'l'.repeat(121) } } }, false],
      ['an option label of 120 letters', { fields: { scope: { options: { public: 'o'.repeat(120) } } } }, true],
      ['a description of 1801 letters', { description: 'd'.repeat(1801) }, false],
    ])('%s', (_case, texts, ok) => {
      expect(accepts({ en: texts })).toBe(ok);
    });
  });

  it('is part of MatterSchema: a stored matter with a malformed translation is refused', () => {
    expect(v.safeParse(MatterSchema, archive).success).toBe(true);
    expect(v.safeParse(MatterSchema, { ...archive, translations: { en: { name: 42 } } }).success).toBe(false);
  });
});

describe('matterTextProblems', () => {
  it('finds nothing in the configured matters', () => {
    for (const matter of MATTER_SEED) expect(matterTextProblems(matter)).toEqual([]);
  });

  it('refuses a translation for a material, field or option the matter does not have', () => {
    const problems = matterTextProblems({
      ...archive,
      translations: {
        en: {
          materials: { 'business-licence': { name: 'Business licence' } },
          fields: {
            targetUscc: { label: 'USCC' },
            branchName: { label: 'Branch' },
            scope: { options: { all: 'All' } },
          },
        },
      },
    });
    expect(problems).toEqual([
      'en: material business-licence unknown',
      'en: field branchName unknown',
      'en: option scope.all unknown',
    ]);
  });

  it('refuses options on a field that is not a select', () => {
    const translations = { 'pt-PT': { fields: { copies: { options: { one: 'um' } } } } };
    expect(matterTextProblems({ ...archive, translations })).toEqual(['pt-PT: option copies.one unknown']);
  });
});

describe('matterNamesOf', () => {
  it('lists the names a matter has, and nothing for a matter without translations', () => {
    expect(matterNamesOf({ en: { name: 'Archive copy' }, 'pt-PT': { department: 'Balcão' } })).toEqual({
      en: 'Archive copy',
    });
    expect(matterNamesOf(undefined)).toEqual({});
  });
});

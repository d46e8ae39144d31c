import type { RequestView } from '../../../../cloudfunctions/lib/contract/requests';
import {
  localizeMatter,
  localizeRequest,
  localizeSummary,
  requestMatterName,
} from '../../../../src/features/requests/matter-text';
import { MATTER } from './matter-fixture';

const translated = {
  ...MATTER,
  translations: {
    'zh-MO': {
      name: '測試事項',
      materials: { photo: { name: '現場相片' } },
      fields: { purpose: { label: '用途', options: { bank: '銀行開戶' } }, copies: { unit: '份' } },
    },
    en: { name: 'Test matter', department: 'Registry', fields: { copies: { label: 'Copies', unit: 'copies' } } },
  },
};

describe('localizeMatter', () => {
  it('leaves the matter as it is in Simplified Chinese', () => {
    expect(localizeMatter(translated, 'zh-CN')).toBe(translated);
  });

  it('falls back to Simplified per text where the translation lacks one', () => {
    const mo = localizeMatter(translated, 'zh-MO');
    expect(mo.name).toBe('測試事項');
    expect(mo.department).toBe(MATTER.department);
    expect(mo.description).toBe(MATTER.description);
    expect(mo.materials.map((m) => m.name)).toEqual(['現場相片', '其他材料']);
    const purpose = mo.fields.find((f) => f.key === 'purpose');
    expect(purpose?.type === 'select' && purpose.options.map((o) => o.label)).toEqual(['銀行開戶', '投标']);
    expect(mo.fields.find((f) => f.key === 'companyName')?.label).toBe('企业名称');
  });

  it('translates units, and keeps the field’s kind, key and rules', () => {
    const copies = localizeMatter(translated, 'en').fields.find((f) => f.key === 'copies');
    expect(copies).toMatchObject({ key: 'copies', label: 'Copies', type: 'number', min: 1, max: 10, unit: 'copies' });
  });

  it('reads a matter stored before translations in Simplified', () => {
    const { translations: _t, ...plain } = translated;
    expect(localizeMatter(plain, 'pt-PT')).toEqual(plain);
  });
});

describe('localizeSummary', () => {
  it('translates the name and department of a catalog entry', () => {
    expect(localizeSummary(translated, 'en')).toMatchObject({ name: 'Test matter', department: 'Registry' });
    expect(localizeSummary(translated, 'pt-PT')).toMatchObject({ name: MATTER.name, department: MATTER.department });
  });
});

describe('a request', () => {
  const request = {
    matterCode: MATTER.code,
    matterName: MATTER.name,
    matterNames: { 'zh-MO': '測試事項', en: 'Test matter' },
    matter: { code: MATTER.code, name: MATTER.name, department: MATTER.department, promisedWorkingDays: 3 },
    translations: translated.translations,
    materials: [
      { materialCode: 'photo', materialName: '现场照片' },
      { materialCode: 'extra', materialName: '其他材料' },
    ],
    fields: MATTER.fields,
  } as unknown as RequestView;

  it('shows its matter name in the reader’s language, or the Simplified one stored before translations', () => {
    expect(requestMatterName(request, 'zh-MO')).toBe('測試事項');
    expect(requestMatterName(request, 'pt-PT')).toBe(MATTER.name);
    expect(requestMatterName({ matterName: '旧事项' }, 'en')).toBe('旧事项');
  });

  it('shows its materials and form labels in the reader’s language', () => {
    const mo = localizeRequest(request, 'zh-MO');
    expect(mo.matterName).toBe('測試事項');
    expect(mo.matter.name).toBe('測試事項');
    expect(mo.materials.map((m) => m.materialName)).toEqual(['現場相片', '其他材料']);
    const purpose = mo.fields.find((f) => f.key === 'purpose');
    expect(purpose?.type === 'select' && purpose.options[0]?.label).toBe('銀行開戶');
  });
});

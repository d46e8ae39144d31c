import { formRows } from '../../../../src/features/requests/form-rows';
import { localizeMatter } from '../../../../src/features/requests/matter-text';
import { MATTER } from './matter-fixture';

describe('formRows', () => {
  it('shows a choice by its option’s label, never by the stored value', () => {
    const rows = formRows({
      fields: MATTER.fields,
      form: { companyName: '横琴测试有限公司', copies: 2, purpose: 'tender' },
    });
    expect(rows.find((r) => r.key === 'purpose')).toEqual({ key: 'purpose', label: '用途', value: '投标' });
    expect(rows.find((r) => r.key === 'copies')?.value).toBe('2');
    expect(rows.find((r) => r.key === 'companyName')?.value).toBe('横琴测试有限公司');
  });

  it('labels a choice in the language the matter was localised to', () => {
    const mo = localizeMatter(
      {
        ...MATTER,
        translations: { 'zh-MO': { fields: { purpose: { label: '用途', options: { bank: '銀行開戶' } } } } },
      },
      'zh-MO',
    );
    expect(formRows({ fields: mo.fields, form: { purpose: 'bank' } }).find((r) => r.key === 'purpose')?.value).toBe(
      '銀行開戶',
    );
  });

  it('keeps the matter’s order and leaves fields the person skipped empty', () => {
    const rows = formRows({ fields: MATTER.fields, form: { purpose: 'bank' } });
    expect(rows.map((r) => r.key)).toEqual(MATTER.fields.map((f) => f.key));
    expect(rows.find((r) => r.key === 'note')?.value).toBe('');
  });

  it('shows a value no longer among the options as stored rather than dropping it', () => {
    expect(
      formRows({ fields: MATTER.fields, form: { purpose: 'retired' } }).find((r) => r.key === 'purpose')?.value,
    ).toBe('retired');
  });
});

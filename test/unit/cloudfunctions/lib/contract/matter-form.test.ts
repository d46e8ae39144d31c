import fc from 'fast-check';
import * as v from 'valibot';
import {
  buildFormSchema,
  checkForm,
  normalizeFormMobile,
  type FormFieldSpec,
} from '../../../../../cloudfunctions/lib/contract/matter-form';

const TODAY = { today: '2026-11-29' };
const FIELDS: FormFieldSpec[] = [
  { key: 'shopName', label: '名称', type: 'text', required: true, maxLength: 10 },
  { key: 'copies', label: '份数', type: 'number', required: true, min: 1, max: 10 },
  { key: 'capital', label: '资金', type: 'amount', required: false, min: 0, max: 1000 },
  { key: 'leaseEnd', label: '租期', type: 'date', required: false, notBefore: 'today' },
  { key: 'purpose', label: '用途', type: 'select', required: true, options: [{ value: 'bank', label: '银行' }] },
  { key: 'mobile', label: '手机', type: 'mobile', required: false },
  { key: 'uscc', label: '代码', type: 'uscc', required: false },
];
const valid = { shopName: ' 琴澳小店 ', copies: '2', purpose: 'bank' };

describe('buildFormSchema / checkForm', () => {
  it('normalises what a person typed into the stored values', () => {
    const result = checkForm(
      FIELDS,
      { ...valid, capital: '12.50', leaseEnd: '2026-12-31', mobile: '+853 6612 3456', uscc: '91350100m000100y43' },
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      values: {
        shopName: '琴澳小店',
        copies: 2,
        purpose: 'bank',
        capital: 12.5,
        leaseEnd: '2026-12-31',
        mobile: '+853 66123456',
        uscc: '91350100M000100Y43',
      },
    });
  });

  it('drops blank optional fields and names each bad field with its issue', () => {
    expect(checkForm(FIELDS, { ...valid, capital: '', mobile: null }, TODAY)).toEqual({
      ok: true,
      values: { shopName: '琴澳小店', copies: 2, purpose: 'bank' },
    });
    expect(
      checkForm(
        FIELDS,
        {
          shopName: '一二三四五六七八九十十一',
          copies: 11,
          capital: '1.234',
          leaseEnd: '2026-11-28',
          mobile: '12345',
          uscc: '91350100M000100Y44',
          extra: 'x',
        },
        TODAY,
      ),
    ).toEqual({
      ok: false,
      issues: {
        shopName: 'too-long',
        copies: 'range',
        capital: 'format',
        leaseEnd: 'range',
        purpose: 'required',
        mobile: 'mobile',
        uscc: 'uscc',
        extra: 'format',
      },
    });
  });

  it('refuses a date that does not exist and an option not offered', () => {
    const result = checkForm(FIELDS, { ...valid, leaseEnd: '2027-02-30', purpose: 'court' }, TODAY);
    expect(result).toEqual({ ok: false, issues: { leaseEnd: 'date', purpose: 'option' } });
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = checkForm(FIELDS, input, TODAY);
        return typeof result.ok === 'boolean';
      }),
    );
  });

  it('accepts every in-range whole number and refuses every one outside', () => {
    const schema = buildFormSchema(FIELDS, TODAY);
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (copies) => {
        const ok = v.safeParse(schema, { ...valid, copies }).success;
        return ok === (copies >= 1 && copies <= 10);
      }),
    );
  });
});

describe('normalizeFormMobile', () => {
  it('reads mainland numbers by default and Macao / Hong Kong numbers by their prefix', () => {
    expect(normalizeFormMobile('138 0013 8000')).toBe('+86 13800138000');
    expect(normalizeFormMobile('+85361234567')).toBe('+853 61234567');
    expect(normalizeFormMobile('+852-9123-4567')).toBe('+852 91234567');
    expect(normalizeFormMobile('+853 51234567')).toBeNull();
  });
});

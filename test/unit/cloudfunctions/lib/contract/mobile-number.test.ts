import * as v from 'valibot';
import { MobileSchema, isValidMobile } from '../../../../../cloudfunctions/lib/contract/mobile-number';

describe('mobile numbers', () => {
  it.each([
    ['+86', '13812345678'],
    ['+86', '19912345678'],
    ['+853', '66123456'],
    ['+852', '91234567'],
    ['+852', '51234567'],
  ] as const)('accepts %s %s', (country, number) => {
    expect(isValidMobile(country, number)).toBe(true);
  });

  it.each([
    ['+86', '12812345678'],
    ['+86', '1381234567'],
    ['+853', '26123456'],
    ['+853', '661234567'],
    ['+852', '21234567'],
    ['+852', '9123456'],
  ] as const)('refuses %s %s', (country, number) => {
    expect(isValidMobile(country, number)).toBe(false);
  });

  it('normalises spaces and dashes', () => {
    const result = v.safeParse(MobileSchema, { countryCode: '+853', number: '6612 3456' });
    expect(result.success && result.output.number).toBe('66123456');
  });

  it('refuses a Macao number given as mainland', () => {
    expect(v.safeParse(MobileSchema, { countryCode: '+86', number: '66123456' }).success).toBe(false);
  });
});

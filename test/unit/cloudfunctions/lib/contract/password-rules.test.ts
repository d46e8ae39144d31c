import { isStrongPassword, passwordRules } from '../../../../../cloudfunctions/lib/contract/password-rules';

describe('password rules', () => {
  it('reports each rule as the person types', () => {
    expect(passwordRules('', 'chan')).toEqual([
      { id: 'length', passed: false },
      { id: 'classes', passed: false },
      { id: 'no-space', passed: false },
      { id: 'not-account-name', passed: false },
    ]);
    expect(passwordRules('Chan-2026x', 'chan').map((r) => r.passed)).toEqual([true, true, true, false]);
  });

  it.each(['Hengqin-2026', 'abcDEF123', 'mo@cao2026'])('accepts %s', (password) => {
    expect(isStrongPassword(password, 'chan_tai_man')).toBe(true);
  });

  it.each(['short1A', 'alllowercase1', 'With Space1', 'A'.repeat(33) + 'a1'])('refuses %s', (password) => {
    expect(isStrongPassword(password, 'chan_tai_man')).toBe(false);
  });
});

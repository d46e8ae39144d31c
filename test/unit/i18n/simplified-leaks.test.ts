import { simplifiedLeaks } from '../../../scripts/i18n/simplified-leaks';

describe('the Simplified-character scan', () => {
  it('finds a Simplified string left on a Traditional screen, with its context', () => {
    expect(simplifiedLeaks('我的帳號 · 通知设定')).toEqual(['设（· 通知设定）']);
    expect(simplifiedLeaks('個人资料')).toEqual(['资（個人资料）']);
  });

  it('passes Traditional text, including 台, 只 and 干 as Macao prints them', () => {
    expect(simplifiedLeaks('於平台干擾其他用戶，只限本人')).toEqual([]);
    expect(simplifiedLeaks('English and 123')).toEqual([]);
  });
});

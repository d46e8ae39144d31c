import { fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { CURRENT_POLICIES } from '../../../../policies/generated';
import { PolicyLanguageNote } from '../../../../src/components/policy-language-note';
import { applyLocale } from '../../../../src/i18n/locale-store';
import PolicyPage from '../../../../src/packages/privacy/pages/policy/index';
import { overrideWxApi, restoreWxApi } from '../../../../src/platform/wx-api';
import { toMacaoChinese } from '../../../../scripts/i18n/macao-chinese';

const opened: string[] = [];
const agreement = CURRENT_POLICIES['user-agreement'];

function openPolicy(params: Record<string, string>) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params, path: '' } } as never);
  return render(<PolicyPage />).container;
}

const headings = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.policy-view__h2')).map((h) => h.textContent ?? '');

beforeEach(() => {
  opened.length = 0;
  overrideWxApi('navigateTo', (option) => {
    opened.push(option.url);
    return Promise.resolve({ errMsg: 'navigateTo:ok' } as never);
  });
});
afterEach(() => {
  restoreWxApi();
  jest.restoreAllMocks();
  applyLocale('zh-CN');
});

describe('the Traditional reading copy of the agreement and the policy', () => {
  it('opens from zh-MO as a labelled reading aid, converted from the Simplified text', () => {
    applyLocale('zh-MO');
    const container = openPolicy({ id: agreement.id, copy: 'traditional' });
    const label = container.querySelector('.policy-language-note--reading')?.textContent ?? '';
    expect(label).toContain('參考譯本');
    expect(label).toContain('以簡體中文文本為準');
    const simplified = agreement.toc.map((entry) => entry.text).filter((text) => /^[一二三四五六七八九十]/.test(text));
    expect(simplified.length).toBeGreaterThan(3);
    const shown = headings(container);
    expect(shown).toEqual(expect.arrayContaining(simplified.map(toMacaoChinese)));
    expect(shown.some((text, i) => text !== simplified[i])).toBe(true);
  });

  it('shows the Simplified text itself by default, with the link to the reading copy in zh-MO', () => {
    applyLocale('zh-MO');
    const container = openPolicy({ id: agreement.id });
    expect(container.querySelector('.policy-language-note--reading')).toBeNull();
    expect(headings(container)).toEqual(expect.arrayContaining(agreement.toc.slice(1, 3).map((e) => e.text)));
    const link = container.querySelector('.policy-language-note__link');
    expect(link?.textContent).toBe('閱讀繁體中文參考譯本');
    fireEvent.click(link as Element);
    expect(opened).toEqual([
      `/packages/privacy/pages/policy/index?id=${agreement.id}&version=${agreement.version}&copy=traditional`,
    ]);
  });

  it.each([
    ['en', 'authoritative in Simplified Chinese'],
    ['pt-PT', 'faz fé apenas em chinês simplificado'],
  ] as const)('in %s says the Simplified text binds and no translation is given', (locale, words) => {
    applyLocale(locale);
    const container = render(<PolicyLanguageNote id={agreement.id} version={agreement.version} />).container;
    expect(container.textContent).toContain(words);
    expect(container.querySelector('.policy-language-note__link')).toBeNull();
  });

  it('says nothing more in Simplified Chinese, the text that binds', () => {
    const container = render(<PolicyLanguageNote id={agreement.id} version={agreement.version} />).container;
    expect(container.textContent).toBe('');
  });
});

import { act, fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { LanguageSwitch } from '../../../src/components/language-switch';
import { t } from '../../../src/i18n';
import { applyLocale } from '../../../src/i18n/locale-store';
import { ptPT } from '../../../src/i18n/pt-PT';
import { zhCN } from '../../../src/i18n/zh-CN';
import { usePageTitle } from '../../../src/platform/page-title';
import { overrideWxApi, restoreWxApi } from '../../../src/platform/wx-api';

const titles: string[] = [];
const launched: string[] = [];

/** A page as every page is: its title through usePageTitle, its text from the catalog, a field the person filled in. */
function Page() {
  usePageTitle(t.titles.agreement);
  const [typed, setTyped] = useState('');
  return (
    <div>
      <span className="page__text">{t.home.inbox}</span>
      <input className="page__field" value={typed} onChange={(e) => setTyped(e.target.value)} />
      <LanguageSwitch />
    </div>
  );
}

beforeEach(() => {
  titles.length = 0;
  launched.length = 0;
  localStorage.clear();
  overrideWxApi('setNavigationBarTitle', (option) => {
    titles.push(option.title);
    return Promise.resolve({ errMsg: 'setNavigationBarTitle:ok' });
  });
  overrideWxApi('reLaunch', (option) => {
    launched.push(option.url);
    return Promise.resolve({ errMsg: 'reLaunch:ok' });
  });
});
afterEach(() => {
  restoreWxApi();
  act(() => applyLocale('zh-CN'));
});

describe('the language switch', () => {
  it('renders the open page again in the chosen language, what was typed kept, without a re-launch', () => {
    const { container } = render(<Page />);
    const field = container.querySelector('.page__field') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '横琴新区 12 号' } });
    expect(container.querySelector('.page__text')?.textContent).toBe(zhCN.home.inbox);
    expect(titles).toEqual([zhCN.titles.agreement]);

    act(() => {
      fireEvent.click(container.querySelector('.language-switch__option--pt-PT') as Element);
    });

    expect(container.querySelector('.page__text')?.textContent).toBe(ptPT.home.inbox);
    expect(titles.at(-1)).toBe(ptPT.titles.agreement);
    expect((container.querySelector('.page__field') as HTMLInputElement).value).toBe('横琴新区 12 号');
    expect(container.querySelector('.language-switch__option--pt-PT')?.getAttribute('aria-checked')).toBe('true');
    expect(launched).toEqual([]);
  });
});

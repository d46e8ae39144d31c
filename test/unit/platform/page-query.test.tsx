import { render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { pageQuery, rawPageQuery, usePageQuery } from '../../../src/platform/navigation';

const Shows = () => <span className="query">{usePageQuery().code ?? ''}</span>;

describe('usePageQuery', () => {
  const current = jest.spyOn(Taro, 'getCurrentInstance');
  afterAll(() => current.mockRestore());

  it('keeps the query its page opened with when it renders again under another page (a language switch in place)', () => {
    current.mockReturnValue({ router: { params: { code: 'TEST-PERMIT' } } } as unknown as ReturnType<
      typeof Taro.getCurrentInstance
    >);
    const page = render(<Shows />);
    expect(page.container.querySelector('.query')?.textContent).toBe('TEST-PERMIT');

    // The identity page opened on top; the language changes and every open page renders again.
    current.mockReturnValue({ router: { params: {} } } as unknown as ReturnType<typeof Taro.getCurrentInstance>);
    page.rerender(<Shows />);
    expect(page.container.querySelector('.query')?.textContent).toBe('TEST-PERMIT');
  });

  it('decodes each value once, as navigate() encoded it; the raw query stays for a sender that encodes its own way', () => {
    const url = 'http://127.0.0.1:8080/oidc/authorize?redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb&scope=openid';
    current.mockReturnValue({
      router: {
        params: { url: encodeURIComponent(url), q: '%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7', bad: '%E8%90', id: 'r-1' },
      },
    } as unknown as ReturnType<typeof Taro.getCurrentInstance>);
    // The inner redirect_uri keeps its own encoding: decoded once, never twice.
    expect(pageQuery()).toEqual({ url, q: '营业执照', bad: '%E8%90', id: 'r-1' });
    expect(rawPageQuery().url).toBe(encodeURIComponent(url));
  });
});

import { render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { usePageQuery } from '../../../src/platform/navigation';

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
});

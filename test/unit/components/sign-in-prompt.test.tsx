import { fireEvent, render } from '@testing-library/react';
import { SignInPrompt } from '../../../src/components/sign-in-prompt';
import { ROUTES, navigate, relaunch } from '../../../src/platform/navigation';

jest.mock('../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../src/platform/navigation'),
  navigate: jest.fn(),
  relaunch: jest.fn(),
}));

describe('SignInPrompt', () => {
  beforeEach(() => jest.clearAllMocks());

  it('says why and opens sign-in over the page a guest was on', () => {
    const { container } = render(<SignInPrompt text="登录后可提交反馈" action="登录" textClassName="page__why" />);
    expect(container.querySelector('.page__why')?.textContent).toBe('登录后可提交反馈');
    fireEvent.click(container.querySelector('.sign-in-prompt__button') as Element);
    expect(navigate).toHaveBeenCalledWith(ROUTES.accountSignIn);
    expect(relaunch).not.toHaveBeenCalled();
  });

  it('after a sign-out, closes the pages behind it on the way to sign-in', () => {
    const { container } = render(<SignInPrompt text="已退出登录" action="登录" afterSignOut />);
    fireEvent.click(container.querySelector('.sign-in-prompt__button') as Element);
    expect(relaunch).toHaveBeenCalledWith(ROUTES.accountSignIn);
    expect(navigate).not.toHaveBeenCalled();
  });
});

import { act, fireEvent, render } from '@testing-library/react';
import SignInPage from '../../../../src/packages/account/pages/sign-in/index';
import { accountApi } from '../../../../src/features/account/account-api';
import { zhCNStaffFactor as tf } from '../../../../src/i18n/zh-CN-staff-factor';
import { ERROR_MESSAGES } from '../../../../cloudfunctions/lib/errors/codes';
import { ROUTES, navigate, redirect } from '../../../../src/platform/navigation';
import { type } from '../../../support/ui-events';

jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  redirect: jest.fn(),
  navigate: jest.fn(),
}));
jest.mock('../../../../src/features/account/account-api', () => ({
  accountApi: { signIn: jest.fn() },
}));

/** Taro's H5 input reports what was typed as a custom event with `detail.value`. */
describe('SignInPage', () => {
  it('shows the locked message the cloud sends and clears the password', async () => {
    jest.mocked(accountApi.signIn).mockResolvedValue({
      ok: false,
      error: { code: 'ACCOUNT.LOCKED', message: '登录失败次数过多，已暂时锁定，请稍后再试（约 15 分钟后可再试）' },
    });
    const { container } = render(<SignInPage />);
    type(container, '.sign-in__account-name', 'chan_tai_man');
    type(container, '.sign-in__password', 'wrong');
    await act(async () => {
      fireEvent.click(container.querySelector('.sign-in__submit') as Element);
    });
    expect(container.querySelector('.sign-in__error--account-locked')?.textContent).toContain('锁定');
  });

  describe('when the account is a staff member with the second factor', () => {
    const submit = (container: HTMLElement) =>
      act(async () => {
        fireEvent.click(container.querySelector('.sign-in__submit') as Element);
      });
    beforeEach(() => jest.mocked(accountApi.signIn).mockReset());

    it('asks for the code after the password, keeps the password, and signs in with both', async () => {
      jest
        .mocked(accountApi.signIn)
        .mockResolvedValueOnce({ ok: false, error: { code: 'STAFF.FACTOR_REQUIRED', message: '请输入验证码' } })
        .mockResolvedValueOnce({
          ok: true,
          data: { cancellationWithdrawn: false, profile: {} as never, sessionExpiresAt: '', sessionId: 's-1' },
        });
      const { container } = render(<SignInPage />);
      expect(container.querySelector('.sign-in__totp')).toBeNull();
      type(container, '.sign-in__account-name', 'factor_staff');
      type(container, '.sign-in__password', 'Hengqin-2026');
      await submit(container);
      expect(container.querySelector('.sign-in__code-intro')?.textContent).toBe(tf.signInCodeIntro);
      // The first answer is a question, not an error.
      expect(container.querySelector('.sign-in__error')).toBeNull();

      type(container, '.sign-in__totp', '12 34');
      await submit(container);
      expect(accountApi.signIn).toHaveBeenCalledTimes(1);
      expect(container.querySelector('.app-button__reason')?.textContent).toBe(tf.codeNeeded);

      type(container, '.sign-in__totp', '123 456');
      await submit(container);
      expect(accountApi.signIn).toHaveBeenLastCalledWith('factor_staff', 'Hengqin-2026', '123456');
      expect(redirect).toHaveBeenCalledWith(ROUTES.accountProfile);
    });

    it('a wrong code is said and asked again, the password kept', async () => {
      jest
        .mocked(accountApi.signIn)
        .mockResolvedValueOnce({ ok: false, error: { code: 'STAFF.FACTOR_REQUIRED', message: '请输入验证码' } })
        .mockResolvedValueOnce({ ok: false, error: { code: 'STAFF.FACTOR_INVALID', message: '验证码不正确' } });
      const { container } = render(<SignInPage />);
      type(container, '.sign-in__account-name', 'factor_staff');
      type(container, '.sign-in__password', 'Hengqin-2026');
      await submit(container);
      type(container, '.sign-in__totp', '000000');
      await submit(container);
      expect(container.querySelector('.sign-in__error--staff-factor_invalid')?.textContent).toBe('验证码不正确');
      expect(container.querySelector('.sign-in__totp')).not.toBeNull();
      expect((container.querySelector('.sign-in__password input') as HTMLInputElement | null)?.value).toBe(
        'Hengqin-2026',
      );
    });
  });

  it('tells the person a cancellation request was withdrawn', async () => {
    jest.mocked(accountApi.signIn).mockResolvedValue({
      ok: true,
      data: { cancellationWithdrawn: true, profile: {} as never, sessionExpiresAt: '', sessionId: 'session-handle-1' },
    });
    const { container } = render(<SignInPage />);
    type(container, '.sign-in__account-name', 'chan_tai_man');
    type(container, '.sign-in__password', 'Hengqin-2026');
    await act(async () => {
      fireEvent.click(container.querySelector('.sign-in__submit') as Element);
    });
    expect(container.querySelector('.sign-in__withdrawn')).not.toBeNull();
  });

  it('offers face verification to unfreeze when the cloud says the account is frozen, and only then', async () => {
    jest.mocked(accountApi.signIn).mockResolvedValue({
      ok: false,
      error: { code: 'ACCOUNT.FROZEN', message: ERROR_MESSAGES['ACCOUNT.FROZEN'] },
    });
    const { container } = render(<SignInPage />);
    expect(container.querySelector('.sign-in__to-unfreeze')).toBeNull();
    type(container, '.sign-in__account-name', 'chan_tai_man');
    type(container, '.sign-in__password', 'Hengqin-2026');
    await act(async () => {
      fireEvent.click(container.querySelector('.sign-in__submit') as Element);
    });
    const link = container.querySelector('.sign-in__to-unfreeze') as Element;
    expect(link.textContent).toBe('账号已冻结？人脸核验后解冻');
    fireEvent.click(link);
    expect(navigate).toHaveBeenCalledWith(ROUTES.accountFace, { purpose: 'unfreeze' });
  });
});

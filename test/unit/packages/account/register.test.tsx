import { act, fireEvent, render } from '@testing-library/react';
import RegisterPage from '../../../../src/packages/account/pages/register/index';
import { accountApi } from '../../../../src/features/account/account-api';
import { ROUTES, redirect } from '../../../../src/platform/navigation';
import { type } from '../../../support/ui-events';
import { zhCNPackages } from '../../../../src/i18n/zh-CN-packages';

jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  redirect: jest.fn(),
  navigate: jest.fn(),
}));
jest.mock('../../../../src/features/account/account-api', () => ({
  ...jest.requireActual('../../../../src/features/account/account-api'),
  accountApi: { register: jest.fn() },
}));

/** Taro's H5 input reports what was typed as a custom event with `detail.value`. */
function click(container: HTMLElement, selector: string) {
  act(() => {
    fireEvent.click(container.querySelector(selector) as Element);
  });
}

const passed = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.password-rules__rule--passed')).map((el) =>
    Array.from(el.classList).find(
      (c) => c.startsWith('password-rules__rule--') && c !== 'password-rules__rule--passed',
    ),
  );

describe('RegisterPage', () => {
  beforeEach(() => {
    jest.mocked(accountApi.register).mockReset();
    jest.mocked(redirect).mockClear();
  });

  it('keeps the account-name rule in sight under the field, with a short prompt in it', () => {
    const { container } = render(<RegisterPage />);
    const rule = container.querySelector('.register__account-name-rule');
    expect(rule?.textContent).toBe(zhCNPackages.account.accountNameRule);
    const field = container.querySelector('.register__account-name');
    expect(field?.getAttribute('placeholder')).toBe(zhCNPackages.account.accountNameInput);
    type(container, '.register__account-name', 'chan_tai_man');
    expect(container.querySelector('.register__account-name-rule')?.textContent).toBe(
      zhCNPackages.account.accountNameRule,
    );
  });

  it('shows each password rule turning green as the person types', () => {
    const { container } = render(<RegisterPage />);
    type(container, '.register__account-name', 'chan_tai_man');
    expect(passed(container)).toEqual([]);
    type(container, '.register__password', 'hengqin');
    expect(passed(container)).toEqual(['password-rules__rule--no-space', 'password-rules__rule--not-account-name']);
    type(container, '.register__password', 'Hengqin-2026');
    expect(passed(container)).toHaveLength(4);
  });

  it('checks the document number with the shared validator before sending', () => {
    const { container } = render(<RegisterPage />);
    click(container, '.register__doc-type--resident-id');
    type(container, '.register__doc-number', '110105194912310021');
    expect(container.querySelector('.register__doc-issue--check-digit')).not.toBeNull();
    type(container, '.register__doc-number', '11010519491231002x');
    expect(container.querySelector('.register__doc-issue')).toBeNull();
  });

  it('sends nothing until every field and both consents are right', async () => {
    const { container } = render(<RegisterPage />);
    await act(async () => {
      fireEvent.click(container.querySelector('.register__submit') as Element);
    });
    expect(accountApi.register).not.toHaveBeenCalled();
    expect(container.querySelector('.register__problem--consent')).not.toBeNull();
  });

  it('registers with the typed details and goes to the profile', async () => {
    jest.mocked(accountApi.register).mockResolvedValue({ ok: true, data: {} as never });
    const { container } = render(<RegisterPage />);
    type(container, '.register__account-name', 'chan_tai_man');
    type(container, '.register__password', 'Hengqin-2026');
    type(container, '.register__confirm', 'Hengqin-2026');
    type(container, '.register__real-name', '陈大文');
    type(container, '.register__doc-number', '820000200002290021');
    type(container, '.register__mobile', '66123456');
    click(container, '.register__agree');
    click(container, '.register__document-consent');
    await act(async () => {
      fireEvent.click(container.querySelector('.register__submit') as Element);
    });
    expect(accountApi.register).toHaveBeenCalledWith({
      accountName: 'chan_tai_man',
      password: 'Hengqin-2026',
      realName: '陈大文',
      mobile: { countryCode: '+853', number: '66123456' },
      document: { type: 'residence-permit', number: '820000200002290021' },
    });
    expect(redirect).toHaveBeenCalledWith(ROUTES.accountProfile);
  });

  it('offers the owner of a document registered by another account to claim it, then leads to 实名核验', async () => {
    jest
      .mocked(accountApi.register)
      .mockResolvedValueOnce({
        ok: false,
        error: { code: 'ACCOUNT.DOCUMENT_REGISTERED', message: '该证件已注册琴易办账号。' },
      })
      .mockResolvedValueOnce({ ok: true, data: {} as never });
    const { container } = render(<RegisterPage />);
    type(container, '.register__account-name', 'chan_tai_man');
    type(container, '.register__password', 'Hengqin-2026');
    type(container, '.register__confirm', 'Hengqin-2026');
    type(container, '.register__real-name', '陈大文');
    type(container, '.register__doc-number', '820000200002290021');
    type(container, '.register__mobile', '66123456');
    click(container, '.register__agree');
    click(container, '.register__document-consent');
    expect(container.querySelector('.register__claim')).toBeNull();
    await act(async () => {
      fireEvent.click(container.querySelector('.register__submit') as Element);
    });
    expect(container.querySelector('.register__claim-offer')?.textContent).toBe('这是我的证件，我要认领');
    expect(container.querySelector('.register__claim-explain')?.textContent).toContain('完成实名核验');
    await act(async () => {
      fireEvent.click(container.querySelector('.register__claim-submit') as Element);
    });
    expect(accountApi.register).toHaveBeenLastCalledWith(
      {
        accountName: 'chan_tai_man',
        password: 'Hengqin-2026',
        realName: '陈大文',
        mobile: { countryCode: '+853', number: '66123456' },
        document: { type: 'residence-permit', number: '820000200002290021' },
      },
      true,
    );
    expect(redirect).toHaveBeenCalledWith(ROUTES.accountIdentity);
  });

  it('withdraws the claim offer once another document number is typed', async () => {
    jest.mocked(accountApi.register).mockResolvedValue({
      ok: false,
      error: { code: 'ACCOUNT.DOCUMENT_REGISTERED', message: '该证件已注册琴易办账号。' },
    });
    const { container } = render(<RegisterPage />);
    type(container, '.register__account-name', 'chan_tai_man');
    type(container, '.register__password', 'Hengqin-2026');
    type(container, '.register__confirm', 'Hengqin-2026');
    type(container, '.register__real-name', '陈大文');
    type(container, '.register__doc-number', '820000200002290021');
    type(container, '.register__mobile', '66123456');
    click(container, '.register__agree');
    click(container, '.register__document-consent');
    await act(async () => {
      fireEvent.click(container.querySelector('.register__submit') as Element);
    });
    expect(container.querySelector('.register__claim')).not.toBeNull();
    type(container, '.register__doc-number', '820000200002290022');
    expect(container.querySelector('.register__claim')).toBeNull();
  });
});

import { render } from '@testing-library/react';
import type { StaffAccountView } from '../../../../cloudfunctions/lib/contract/account';
import { identityApi } from '../../../../src/features/account/identity-api';
import { staffAccountsApi } from '../../../../src/features/staff/staff-accounts-api';
import StaffAccountsPage from '../../../../src/packages/staff/pages/accounts/index';
import { wxApi } from '../../../../src/platform/wx-api';
import { type, click } from '../../../support/ui-events';

jest.mock('../../../../src/features/staff/staff-accounts-api', () => ({
  staffAccountsApi: { find: jest.fn(), setStatus: jest.fn(), setRoles: jest.fn() },
}));
jest.mock('../../../../src/features/account/identity-api', () => ({ identityApi: { closeImpersonator: jest.fn() } }));
// The dialog and the toast are WeChat's: the real confirm-action runs against them.
jest.mock('../../../../src/platform/wx-api', () => {
  const actual: typeof import('../../../../src/platform/wx-api') = jest.requireActual(
    '../../../../src/platform/wx-api',
  );
  return { wxApi: { ...actual.wxApi, showModal: jest.fn(), showToast: jest.fn() } };
});

const wx = jest.mocked(wxApi);
const frozen: StaffAccountView = {
  accountName: 'squatter_01',
  realName: '**文',
  status: { state: 'suspended', reason: '证件被认领', until: null },
  roles: ['user'],
  verificationLevel: 'document-checked',
  createdAt: '2026-11-29T01:00:00.000Z',
};

async function found() {
  const { container } = render(<StaffAccountsPage />);
  type(container, '.staff-accounts__name', 'squatter_01');
  await click(container, '.staff-accounts__find');
  return container;
}

describe('StaffAccountsPage: closing an impersonating account', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    jest.mocked(staffAccountsApi.find).mockResolvedValue({ ok: true, data: frozen });
    wx.showToast.mockResolvedValue({} as never);
  });

  it('needs a reason, asks in red, then closes by account name and lets the account go', async () => {
    const page = await found();
    expect(page.querySelector('.close-impersonator__submit')?.getAttribute('disabled')).not.toBeNull();
    type(page, '.close-impersonator__reason', '证件所有人已在窗口核实');
    wx.showModal.mockResolvedValueOnce({ confirm: false, cancel: true } as never);
    await click(page, '.close-impersonator__submit');
    expect(identityApi.closeImpersonator).not.toHaveBeenCalled();

    wx.showModal.mockResolvedValueOnce({ confirm: true, cancel: false } as never);
    jest.mocked(identityApi.closeImpersonator).mockResolvedValue({
      ok: true,
      data: { accountName: 'squatter_01', closed: true },
    });
    await click(page, '.close-impersonator__submit');
    expect(wx.showModal).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '确认注销该账号？', confirmColor: '#b42318' }),
    );
    expect(identityApi.closeImpersonator).toHaveBeenCalledWith('squatter_01', '证件所有人已在窗口核实');
    expect(wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '账号已注销' }));
    expect(page.querySelector('.staff-accounts__found')).toBeNull();
  });

  it('keeps the account on screen with the cloud’s refusal (e.g. a face-verified owner)', async () => {
    const page = await found();
    type(page, '.close-impersonator__reason', '疑似冒用');
    wx.showModal.mockResolvedValueOnce({ confirm: true, cancel: false } as never);
    jest.mocked(identityApi.closeImpersonator).mockResolvedValue({
      ok: false,
      error: { code: 'ACCOUNT.FACE_VERIFIED_OWNER', message: '该账号已通过人脸核验，是证件本人' },
    });
    await click(page, '.close-impersonator__submit');
    expect(page.querySelector('.close-impersonator__error')?.textContent).toBe('该账号已通过人脸核验，是证件本人');
    expect(page.querySelector('.staff-accounts__found')).not.toBeNull();
    expect(wx.showToast).not.toHaveBeenCalled();
  });
});

import { act, render } from '@testing-library/react';
import type { StaffAccountView } from '../../../../cloudfunctions/lib/contract/account';
import { staffAccountsApi } from '../../../../src/features/staff/staff-accounts-api';
import { endOfShanghaiDay } from '../../../../src/features/staff/use-staff-accounts';
import StaffAccountsPage from '../../../../src/packages/staff/pages/accounts/index';
import { staffFeedbackApi } from '../../../../src/features/feedback/staff-feedback-api';
import { confirmAction } from '../../../../src/platform/confirm-action';
import type { ReportQueueItem } from '../../../../cloudfunctions/lib/contract/reports';
import { type, click } from '../../../support/ui-events';

jest.mock('../../../../src/features/staff/staff-accounts-api', () => ({
  staffAccountsApi: { find: jest.fn(), setStatus: jest.fn(), setRoles: jest.fn() },
}));

jest.mock('../../../../src/features/feedback/staff-feedback-api', () => ({
  staffFeedbackApi: { reportQueue: jest.fn(), decideReport: jest.fn() },
}));
jest.mock('../../../../src/platform/confirm-action', () => ({ confirmAction: jest.fn(), toastSuccess: jest.fn() }));

const api = jest.mocked(staffAccountsApi);
const reports = jest.mocked(staffFeedbackApi);

const stolenReport: ReportQueueItem = {
  id: 'r-stolen-1',
  kind: 'account',
  target: 'chan_tai_man',
  reason: 'compromised',
  text: '我登录不了',
  flagged: true,
  contact: '+853 6612 3456',
  createdAt: '2026-12-03T02:00:00.000Z',
  outcomes: ['dismiss', 'freeze'],
};
const fraudReport: ReportQueueItem = { ...stolenReport, id: 'r-fraud', reason: 'fraud', outcomes: ['dismiss', 'warn'] };

const found: StaffAccountView = {
  accountName: 'chan_tai_man',
  realName: '**文',
  status: { state: 'restricted', reason: '资料待核实', until: null },
  roles: ['user'],
  verificationLevel: 'document-checked',
  createdAt: '2026-11-29T01:00:00.000Z',
};

describe('StaffAccountsPage', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    api.find.mockResolvedValue({ ok: true, data: found });
    reports.reportQueue.mockResolvedValue({ ok: true, data: { items: [] } });
  });

  it('lists stolen account reports first, with the contact, and freezes from one after confirming', async () => {
    reports.reportQueue
      .mockResolvedValueOnce({ ok: true, data: { items: [stolenReport, fraudReport] } })
      .mockResolvedValueOnce({ ok: true, data: { items: [fraudReport] } });
    reports.decideReport.mockResolvedValue({ ok: true, data: { id: stolenReport.id } });
    jest.mocked(confirmAction).mockResolvedValue(true);
    const { container } = render(<StaffAccountsPage />);
    await act(async () => {});
    expect(container.querySelectorAll('.stolen-reports__item')).toHaveLength(1);
    expect(container.querySelector('.stolen-reports__account')?.textContent).toBe('chan_tai_man');
    expect(container.querySelector('.stolen-reports__contact')?.textContent).toBe('+853 6612 3456');
    await click(container, '.stolen-reports__freeze');
    expect(confirmAction).toHaveBeenCalled();
    expect(reports.decideReport).toHaveBeenCalledWith('r-stolen-1', 'freeze', '经核实，账号所有人报告账号被盗');
    expect(container.querySelectorAll('.stolen-reports__item')).toHaveLength(0);
    expect(container.querySelector('.stolen-reports__empty')).not.toBeNull();
  });

  it('does not freeze when staff cancel the confirmation', async () => {
    reports.reportQueue.mockResolvedValue({ ok: true, data: { items: [stolenReport] } });
    jest.mocked(confirmAction).mockResolvedValue(false);
    const { container } = render(<StaffAccountsPage />);
    await act(async () => {});
    await click(container, '.stolen-reports__freeze');
    expect(reports.decideReport).not.toHaveBeenCalled();
  });

  it('finds an account and shows its status with the reason and its roles', async () => {
    const { container } = render(<StaffAccountsPage />);
    type(container, '.staff-accounts__name', 'chan_tai_man');
    await click(container, '.staff-accounts__find');
    expect(api.find).toHaveBeenCalledWith('chan_tai_man');
    expect(container.querySelector('.staff-accounts__reason')?.textContent).toBe('资料待核实');
    expect(container.querySelector('.staff-accounts__roles')?.textContent).toBe('用户');
  });

  it('suspends until the end of the chosen Shanghai day, and shows what the cloud refuses', async () => {
    api.setStatus.mockResolvedValue({
      ok: false,
      error: { code: 'ACCOUNT.FORBIDDEN', message: '您没有权限进行此操作' },
    });
    const { container } = render(<StaffAccountsPage />);
    type(container, '.staff-accounts__name', 'chan_tai_man');
    await click(container, '.staff-accounts__find');
    await click(container, '.staff-accounts__state--suspended');
    type(container, '.staff-accounts__status-reason', '异常操作');
    type(container, '.staff-accounts__until', '2026-12-31');
    await click(container, '.staff-accounts__save-status');
    expect(api.setStatus).toHaveBeenCalledWith({
      accountName: 'chan_tai_man',
      state: 'suspended',
      reason: '异常操作',
      until: '2026-12-31T15:59:59.000Z',
    });
    expect(container.querySelector('.staff-accounts__error')?.textContent).toBe('您没有权限进行此操作');
  });

  it('sets roles with the user role always kept', async () => {
    api.setRoles.mockResolvedValue({
      ok: true,
      data: { accountName: 'chan_tai_man', roles: ['user'], proposalId: 'p1' },
    });
    const { container } = render(<StaffAccountsPage />);
    type(container, '.staff-accounts__name', 'chan_tai_man');
    await click(container, '.staff-accounts__find');
    await click(container, '.staff-accounts__role--reviewer');
    await click(container, '.staff-accounts__save-roles');
    expect(api.setRoles).toHaveBeenCalledWith('chan_tai_man', ['user', 'reviewer']);
    // Adding a role waits for a second admin: the screen says so rather than "saved".
    expect(container.querySelector('.staff-accounts__saved')?.textContent).toBe(
      '已提交，须另一位管理员在24小时内批准后生效',
    );
  });
});

describe('endOfShanghaiDay', () => {
  it('is 23:59:59 in UTC+8, and null for what is not a calendar date', () => {
    expect(endOfShanghaiDay('2027-01-01')).toBe('2027-01-01T15:59:59.000Z');
    for (const bad of ['2026-02-30', '2026-13-01', '31/12/2026', '']) expect(endOfShanghaiDay(bad)).toBeNull();
  });
});

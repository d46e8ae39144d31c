import { act, fireEvent, render } from '@testing-library/react';
import type { ProfileView } from '../../../../cloudfunctions/lib/contract/account';
import type { ProposalView } from '../../../../cloudfunctions/lib/contract/proposals';
import { accountApi } from '../../../../src/features/account/account-api';
import StaffDeskPage from '../../../../src/packages/staff/pages/desk/index';
import { wxApi } from '../../../../src/platform/wx-api';
import { cloudClient } from '../../../../src/services/cloud';

jest.mock('../../../../src/features/account/account-api', () => ({ accountApi: { profile: jest.fn() } }));
jest.mock('../../../../src/services/cloud', () => ({ cloudClient: { call: jest.fn() } }));
/**
 * The page's onShow fires once, when the page shows: the hooks of its first render get it (the
 * page's title and its own), a component that mounts later (the approvals, once the desk knows the
 * roles) does not, as in Taro.
 */
const mockLifecycle = { shown: false };
jest.mock('@tarojs/taro', () => {
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    ...jest.requireActual('@tarojs/taro'),
    useDidShow: (show: () => void) =>
      useEffect(() => {
        if (mockLifecycle.shown) return;
        // The first render's effects run in one go; the show is over after them.
        queueMicrotask(() => (mockLifecycle.shown = true));
        show();
      }, []),
  };
});

const waiting = (over: Partial<ProposalView>): ProposalView => ({
  id: 'p1',
  kind: 'roles',
  accountName: 'chan_tai_man',
  roles: ['user', 'reviewer'],
  push: null,
  proposedByName: 'admin_one',
  proposedAt: '2026-12-03T02:00:00.000Z',
  expiresAt: '2026-12-04T02:00:00.000Z',
  mine: false,
  ...over,
});

async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

describe('the staff desk: role grants waiting for a second admin', () => {
  beforeEach(() => {
    mockLifecycle.shown = false;
    jest.resetAllMocks();
    jest.mocked(accountApi.profile).mockResolvedValue({ ok: true, data: { roles: ['user', 'admin'] } as ProfileView });
  });

  it('lets another admin approve after a confirmation, in Beijing time', async () => {
    const call = jest.mocked(cloudClient.call);
    call.mockImplementation(async (_fn: string, action: string) =>
      action === 'proposals' ? { ok: true, data: [waiting({})] } : { ok: true, data: { id: 'p1' } },
    );
    const modal = jest.spyOn(wxApi, 'showModal').mockResolvedValue({ confirm: true } as never);
    jest.spyOn(wxApi, 'showToast').mockResolvedValue(undefined as never);
    const { container } = render(<StaffDeskPage />);
    await settle();
    expect(container.querySelector('.desk__approval-what')?.textContent).toBe('为 chan_tai_man 授予角色：审核人员');
    expect(container.querySelector('.desk__approvals')?.textContent).toContain('12月3日');
    fireEvent.click(container.querySelector('.desk__approve') as Element);
    await settle();
    expect(modal).toHaveBeenCalled();
    expect(call).toHaveBeenCalledWith('account', 'decideProposal', { id: 'p1', decision: 'approve' });
  });

  it('offers no answer on an admin’s own proposal and says why', async () => {
    jest.mocked(cloudClient.call).mockResolvedValue({ ok: true, data: [waiting({ mine: true })] });
    const { container } = render(<StaffDeskPage />);
    await settle();
    expect(container.querySelector('.desk__approve')).toBeNull();
    expect(container.querySelector('.desk__approval-mine')?.textContent).toBe(
      '您本人提出或与您本人有关，须由另一位管理员批准',
    );
  });

  it('shows a push to everyone with its text, and the approver sends it after approving', async () => {
    const call = jest.mocked(cloudClient.call);
    const push = { title: '系统维护通知', body: '周六 02:00–04:00 暂停服务', audienceSize: 3, announcement: false };
    call.mockImplementation(async (_fn: string, action: string) => {
      if (action === 'proposals')
        return { ok: true, data: [waiting({ kind: 'push', accountName: '', roles: [], push })] };
      if (action === 'decideProposal') return { ok: true, data: { id: 'p1', status: 'approved', jobId: 'j1' } };
      return { ok: true, data: { jobId: 'j1', status: 'done' } };
    });
    jest.spyOn(wxApi, 'showModal').mockResolvedValue({ confirm: true } as never);
    jest.spyOn(wxApi, 'showToast').mockResolvedValue(undefined as never);
    const { container } = render(<StaffDeskPage />);
    await settle();
    expect(container.querySelector('.desk__approval-what')?.textContent).toBe('向全体用户推送（3 人）：系统维护通知');
    expect(container.querySelector('.desk__approval-body')?.textContent).toBe('周六 02:00–04:00 暂停服务');
    fireEvent.click(container.querySelector('.desk__approve') as Element);
    await settle();
    await settle();
    expect(call).toHaveBeenCalledWith('account', 'decideProposal', { id: 'p1', decision: 'approve' });
    expect(call).toHaveBeenCalledWith('notify', 'runPushJob', { jobId: 'j1', limit: 200 });
  });
});

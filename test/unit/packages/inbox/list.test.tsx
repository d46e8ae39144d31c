import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { useDidShow } from '@tarojs/taro';
import type { InboxPage as InboxPageData } from '../../../../cloudfunctions/lib/contract/notify';
import { notifyApi } from '../../../../src/features/inbox/notify-api';
import { useNetworkStatus } from '../../../../src/features/permissions/use-network-status';
import { zhCN } from '../../../../src/i18n/zh-CN';
import InboxPage from '../../../../src/packages/inbox/pages/list/index';
import { ROUTES, navigate } from '../../../../src/platform/navigation';

// Page lifecycle hooks need Taro's app runtime: the test runs the page's show callback itself.
jest.mock('@tarojs/taro', () => ({ ...jest.requireActual('@tarojs/taro'), useDidShow: jest.fn() }));
jest.mock('../../../../src/features/inbox/notify-api', () => ({
  notifyApi: { inbox: jest.fn(), markRead: jest.fn() },
}));
jest.mock('../../../../src/features/permissions/use-network-status', () => ({ useNetworkStatus: jest.fn() }));
jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  navigate: jest.fn(),
}));

const inbox = jest.mocked(notifyApi.inbox);
const network = jest.mocked(useNetworkStatus);
const FAILED = { ok: false as const, error: { code: 'NETWORK', message: '网络异常，请稍后重试' } };
const PAGE: InboxPageData = {
  messages: [
    {
      id: 'msg-1',
      kind: 'request.status',
      title: '办件进度',
      body: '您的申请已受理。',
      text: null,
      page: `${ROUTES.requestDetail}?id=r1`,
      createdAt: '2026-12-01T02:00:00.000Z',
      read: false,
    },
  ],
  unread: 1,
  next: null,
};

async function shown() {
  const view = render(<InboxPage />);
  const onShow = jest.mocked(useDidShow).mock.calls.at(-1)?.[0];
  await act(async () => {
    onShow?.();
  });
  return view;
}

describe('InboxPage', () => {
  beforeEach(() => {
    jest.clearAllMocks();
    network.mockReturnValue({ online: true, type: 'wifi' });
  });

  it('shows a skeleton, not a blank page, while the first page loads', async () => {
    inbox.mockReturnValue(new Promise(() => undefined));
    const { container } = await shown();
    expect(container.querySelector('.skeleton.inbox__loading')?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('.inbox__empty')).toBeNull();
  });

  it('when loading fails: the error with 重试, which loads the list again', async () => {
    inbox.mockResolvedValueOnce(FAILED).mockResolvedValueOnce({ ok: true, data: PAGE });
    const { container } = await shown();
    await waitFor(() => expect(container.querySelector('.inbox__error')).not.toBeNull());
    expect(container.querySelector('.inbox__empty')).toBeNull();
    const retry = container.querySelector('.inbox__error-retry') as Element;
    expect(retry.textContent).toBe(zhCN.permissions.network.retry);
    await act(async () => {
      fireEvent.click(retry);
    });
    await waitFor(() => expect(container.querySelector('.inbox__message')).not.toBeNull());
    expect(container.querySelector('.inbox__error')).toBeNull();
  });

  it('when loading failed offline, the list loads by itself once the network is back', async () => {
    network.mockReturnValue({ online: false, type: 'none' });
    inbox.mockResolvedValueOnce(FAILED).mockResolvedValueOnce({ ok: true, data: PAGE });
    const view = await shown();
    await waitFor(() => expect(view.container.querySelector('.inbox__error')).not.toBeNull());
    expect(inbox).toHaveBeenCalledTimes(1);
    network.mockReturnValue({ online: true, type: 'wifi' });
    await act(async () => {
      view.rerender(<InboxPage />);
    });
    await waitFor(() => expect(view.container.querySelector('.inbox__message')).not.toBeNull());
    expect(inbox).toHaveBeenCalledTimes(2);
  });

  it('查看详情 marks the message read as it opens the page', async () => {
    inbox.mockResolvedValue({ ok: true, data: PAGE });
    jest.mocked(notifyApi.markRead).mockResolvedValue({ ok: true, data: { unread: 0 } });
    const { container } = await shown();
    await waitFor(() => expect(container.querySelector('.inbox__open')).not.toBeNull());
    await act(async () => {
      fireEvent.click(container.querySelector('.inbox__open') as Element);
    });
    expect(notifyApi.markRead).toHaveBeenCalledWith('msg-1');
    expect(navigate).toHaveBeenCalledWith(ROUTES.requestDetail, { id: 'r1' });
    expect(container.querySelector('.inbox__message--unread')).toBeNull();
  });
});

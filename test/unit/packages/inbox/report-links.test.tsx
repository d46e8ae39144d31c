import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { useDidShow } from '@tarojs/taro';
import type { InboxPage as InboxPageData } from '../../../../cloudfunctions/lib/contract/notify';
import { useReportForm } from '../../../../src/features/feedback/use-report-form';
import { notifyApi } from '../../../../src/features/inbox/notify-api';
import { zhCNInbox } from '../../../../src/i18n/zh-CN-inbox';
import InboxPage from '../../../../src/packages/inbox/pages/list/index';
import { ROUTES, navigate, pageQuery } from '../../../../src/platform/navigation';

// Page lifecycle hooks need Taro's app runtime: the test runs the page's show callback itself.
jest.mock('@tarojs/taro', () => ({ ...jest.requireActual('@tarojs/taro'), useDidShow: jest.fn() }));
jest.mock('../../../../src/features/inbox/notify-api', () => ({ notifyApi: { inbox: jest.fn() } }));
jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  navigate: jest.fn(),
  pageQuery: jest.fn(),
}));

const PAGE: InboxPageData = {
  messages: [
    {
      id: 'msg-7f3a',
      kind: 'staff.push',
      title: '活动通知',
      body: '请按时办理。',
      text: null,
      page: null,
      createdAt: '2026-12-01T02:00:00.000Z',
      read: true,
    },
  ],
  unread: 0,
  next: null,
};

function ReportFormProbe() {
  const f = useReportForm();
  return <div className="probe">{`${f.kind}|${f.target}`}</div>;
}

describe('举报 where the reported thing is', () => {
  beforeEach(() => jest.clearAllMocks());

  it('an inbox message offers 举报, which opens the report form naming that message', async () => {
    jest.mocked(notifyApi.inbox).mockResolvedValue({ ok: true, data: PAGE });
    const { container } = render(<InboxPage />);
    const onShow = jest.mocked(useDidShow).mock.calls.at(-1)?.[0];
    await act(async () => {
      onShow?.();
    });
    await waitFor(() => expect(container.querySelector('.inbox__report')).not.toBeNull());
    const link = container.querySelector('.inbox__report') as Element;
    expect(link.textContent).toBe(zhCNInbox.report);
    fireEvent.click(link);
    expect(navigate).toHaveBeenCalledWith(ROUTES.report, { kind: 'message', target: 'msg-7f3a' });
  });

  it('the report form starts filled in from the link, and ignores a kind it does not know', () => {
    jest.mocked(pageQuery).mockReturnValue({ kind: 'message', target: 'msg-7f3a' });
    expect(render(<ReportFormProbe />).container.textContent).toBe('message|msg-7f3a');
    jest.mocked(pageQuery).mockReturnValue({ kind: 'everything', target: 'x' });
    expect(render(<ReportFormProbe />).container.textContent).toBe('account|');
  });
});

import { render } from '@testing-library/react';
import type { PushJobCreated, PushProgress } from '../../../../cloudfunctions/lib/contract/notify';
import PushPage from '../../../../src/packages/staff/pages/push/index';

const JOB: PushJobCreated = {
  jobId: 'job-1',
  audienceSize: 3,
  proposalId: null,
  preview: {
    title: '系统维护通知',
    body: '今晚维护',
    template: '服务通知',
    data: {
      thing1: { value: '系统维护通知' },
      thing2: { value: '今晚维护' },
      time3: { value: '2026年12月03日 20:00' },
    },
    fields: [
      { name: '通知标题', value: '系统维护通知' },
      { name: '通知内容', value: '今晚维护' },
      { name: '通知时间', value: '2026年12月03日 20:00' },
    ],
  },
};
const PROGRESS: PushProgress = {
  jobId: 'job-1',
  status: 'done',
  audienceSize: 3,
  done: 3,
  inbox: 3,
  sent: 0,
  skipped: 3,
  failed: 0,
  failures: {},
  skips: { 'no-grant': 3 },
};

// The page as it stands after a push to three people of whom none subscribed to WeChat notices.
jest.mock('../../../../src/features/inbox/use-push-job', () => {
  const actual = jest.requireActual<typeof import('../../../../src/features/inbox/use-push-job')>(
    '../../../../src/features/inbox/use-push-job',
  );
  return { ...actual, usePushJob: () => ({ ...actual.usePushJob(), job: JOB, progress: PROGRESS }) };
});

describe('staff push report', () => {
  it('shows that every inbox got the notice, apart from the WeChat sends, and why WeChat may send fewer', () => {
    const { container } = render(<PushPage />);
    expect(container.querySelector('.push__inbox')?.textContent).toBe('站内消息：已送达 3 / 3 人');
    expect(container.querySelector('.push__counts')?.textContent).toBe('微信通知：已发送 0 · 跳过 3 · 失败 0');
    expect(container.querySelector('.push__wechat-note')?.textContent).toContain('站内消息');
  });

  it('previews the WeChat message by the field names of its template, never its keys (thing1, time3)', () => {
    const { container } = render(<PushPage />);
    const fields = Array.from(container.querySelectorAll('.push__wechat .push__field')).map((el) => el.textContent);
    expect(fields).toEqual(['通知标题：系统维护通知', '通知内容：今晚维护', '通知时间：2026年12月03日 20:00']);
    expect(container.querySelector('.push__wechat')?.textContent).not.toMatch(/thing\d|time\d/);
  });
});

import { act, fireEvent, render } from '@testing-library/react';
import type { QueueItem } from '../../../../cloudfunctions/lib/contract/requests';
import { staffApi } from '../../../../src/features/requests/staff-api';
import { applyLocale } from '../../../../src/i18n/locale-store';
import StaffQueuePage from '../../../../src/packages/staff/pages/queue/index';

jest.mock('../../../../src/features/requests/staff-api', () => ({
  staffApi: { catalog: jest.fn(), queue: jest.fn() },
}));
// Page lifecycle hooks need Taro's app runtime: here a show is the first mount.
jest.mock('@tarojs/taro', () => {
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    ...jest.requireActual('@tarojs/taro'),
    useDidShow: (show: () => void) => useEffect(() => show(), []),
  };
});

const api = jest.mocked(staffApi);
const MATTERS = Array.from({ length: 12 }, (_, i) => ({ code: `M-${i}`, name: `事项${i}` }));

async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

describe('staff queue filters', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    api.catalog.mockResolvedValue({ ok: true, data: MATTERS as never });
    api.queue.mockResolvedValue({ ok: true, data: { items: [], nextCursor: null } });
  });

  it('fits on one line: three status groups and 只看我领取的, matters in one selector', async () => {
    const { container } = render(<StaffQueuePage />);
    await settle();
    const chips = Array.from(container.querySelectorAll('.svc__choice')).map((el) => el.textContent);
    expect(chips).toEqual(['待处理', '待补正', '已办结', '只看我领取的']);
    expect(container.querySelector('.queue__matter')?.textContent).toContain('全部事项');
    expect(container.textContent).not.toContain('事项11');
  });

  it('asks the cloud for the tapped group, keeping 待处理 as the default', async () => {
    const { container } = render(<StaffQueuePage />);
    await settle();
    expect(container.querySelector('.queue__status--inProgress')?.className).toContain('svc__choice--on');
    act(() => {
      fireEvent.click(container.querySelector('.queue__status--finished')!);
    });
    await settle();
    expect(api.queue).toHaveBeenLastCalledWith({ group: 'finished', pageSize: 20 });
    expect(container.querySelector('.queue__status--finished')?.className).toContain('svc__choice--on');
    expect(container.querySelector('.queue__status--inProgress')?.className).not.toContain('svc__choice--on');
  });

  describe('who applied', () => {
    const item = (id: string, applicantName: string | null): QueueItem => ({
      id,
      number: `QYB-20261201-${id}`,
      matterCode: 'M-1',
      matterName: '事项1',
      matterNames: {},
      status: 'submitted',
      asEnterprise: null,
      submittedAt: '2026-12-01T02:00:00.000Z',
      updatedAt: '2026-12-01T02:00:00.000Z',
      promisedDate: null,
      version: 1,
      assigneeName: null,
      applicantName,
    });
    afterEach(() => applyLocale('zh-CN'));

    it.each([
      ['zh-CN', '个人申请'],
      ['zh-MO', '個人申請'],
      ['pt-PT', 'Pedido pessoal'],
    ] as const)(
      'in %s names a person’s own application in the reader’s language, an enterprise by its name',
      async (locale, personal) => {
        applyLocale(locale);
        api.queue.mockResolvedValue({
          ok: true,
          data: { items: [item('A1', null), item('B2', '横琴示例有限公司')], nextCursor: null },
        });
        const { container } = render(<StaffQueuePage />);
        await settle();
        const cards = Array.from(container.querySelectorAll('.queue__item'), (el) => el.textContent ?? '');
        expect(cards).toHaveLength(2);
        expect(cards[0]).toContain(personal);
        expect(cards[1]).toContain('横琴示例有限公司');
        expect(cards[1]).not.toContain(personal);
      },
    );
  });
});

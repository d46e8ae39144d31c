import { act, fireEvent, render } from '@testing-library/react';
import { requestsApi } from '../../../../src/features/requests/requests-api';
import MyRequestsPage from '../../../../src/packages/services/pages/mine/index';
import type { RequestSummary } from '../../../../cloudfunctions/lib/contract/requests';

// The page's query (`?group=` when home's glance opened it).
let mockQuery: Record<string, string> = {};
jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  usePageQuery: () => mockQuery,
}));

jest.mock('../../../../src/features/requests/requests-api', () => ({ requestsApi: { mine: jest.fn() } }));
// Page lifecycle hooks need Taro's app runtime: here a show is the first mount.
jest.mock('@tarojs/taro', () => {
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    ...jest.requireActual('@tarojs/taro'),
    useDidShow: (show: () => void) => useEffect(() => show(), []),
  };
});

const mine = jest.mocked(requestsApi.mine);

async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

describe('我的办件 filters', () => {
  beforeEach(() => {
    mine.mockReset();
    mine.mockResolvedValue({ ok: true, data: { items: [], nextCursor: null } });
    mockQuery = {};
  });

  it("opens on the group home's glance asked for, and ignores a group it does not know", async () => {
    mockQuery = { group: 'needsSupplement' };
    const asked = render(<MyRequestsPage />);
    await settle();
    expect(mine).toHaveBeenLastCalledWith({ group: 'needsSupplement', pageSize: 20 });
    expect(asked.container.querySelector('.mine__filter--needsSupplement')?.className).toContain('svc__choice--on');
    asked.unmount();
    mockQuery = { group: 'everything' };
    render(<MyRequestsPage />);
    await settle();
    expect(mine).toHaveBeenLastCalledWith({ pageSize: 20 });
  });

  it('offers four groups people understand instead of ten statuses', async () => {
    const { container } = render(<MyRequestsPage />);
    await settle();
    const chips = Array.from(container.querySelectorAll('.mine__filter')).map((el) => el.textContent);
    expect(chips).toEqual(['全部', '进行中', '待补正', '已办结']);
  });

  it('asks the cloud for the tapped group, and for everything again on 全部', async () => {
    const { container } = render(<MyRequestsPage />);
    await settle();
    act(() => {
      fireEvent.click(container.querySelector('.mine__filter--needsSupplement')!);
    });
    await settle();
    expect(mine).toHaveBeenLastCalledWith({ group: 'needsSupplement', pageSize: 20 });
    expect(container.querySelector('.mine__filter--needsSupplement')?.className).toContain('svc__choice--on');
    act(() => {
      fireEvent.click(container.querySelector('.mine__filter--all')!);
    });
    await settle();
    expect(mine).toHaveBeenLastCalledWith({ pageSize: 20 });
  });
});

const row = (status: RequestSummary['status'], n: number): RequestSummary => ({
  id: `r${n}`,
  number: `QYB-20261203-00000${n}`,
  matterCode: 'archive-copy',
  matterName: '企业登记档案查询复制',
  matterNames: {},
  status,
  asEnterprise: null,
  submittedAt: '2026-12-03T09:10:00.000Z',
  updatedAt: '2026-12-03T09:10:00.000Z',
  promisedDate: null,
  version: 1,
});

describe('我的办件 rows', () => {
  beforeEach(() => {
    mockQuery = {};
    mine.mockReset();
  });

  it('shows each request as a card: the matter, the status in words on a tint of its tone, the number and Beijing time', async () => {
    mine.mockResolvedValue({
      ok: true,
      data: {
        items: [row('submitted', 1), row('supplement_requested', 2), row('approved', 3), row('rejected', 4)],
        nextCursor: null,
      },
    });
    const { container } = render(<MyRequestsPage />);
    await settle();
    const cards = Array.from(container.querySelectorAll('.mine__item'));
    expect(cards).toHaveLength(4);
    for (const card of cards) expect(card.className).toContain('svc__item');
    const tags = cards.map((card) => {
      const tag = card.querySelector('.svc__status')!;
      return [tag.textContent, tag.className.replace('svc__status ', '')];
    });
    expect(tags).toEqual([
      ['已提交', 'svc__status--moving'],
      ['待补正', 'svc__status--waiting'],
      ['已办结（准予）', 'svc__status--granted'],
      ['不予办理', 'svc__status--ended'],
    ]);
    expect(cards[0]?.querySelector('.mine__number')?.textContent).toBe('QYB-20261203-000001');
    expect(cards[0]?.textContent).toContain('2026年12月3日 17:10');
  });
});

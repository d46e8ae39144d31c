import { act, fireEvent, render } from '@testing-library/react';
import { requestsApi } from '../../../../src/features/requests/requests-api';
import MyRequestsPage from '../../../../src/packages/services/pages/mine/index';

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

import { act, fireEvent, render } from '@testing-library/react';
import HomePage from '../../../src/pages/index/index';
import { ROUTES, navigate } from '../../../src/platform/navigation';
import { cloudClient } from '../../../src/services/cloud';

jest.mock('../../../src/services/cloud', () => ({ cloudClient: { call: jest.fn() } }));
jest.mock('../../../src/features/consent/use-launch-consent', () => ({
  useLaunchConsent: () => ({ status: 'accepted', refresh: jest.fn(), syncWithCloud: () => Promise.resolve() }),
}));
jest.mock('../../../src/features/consent/launch-consent', () => ({
  ...jest.requireActual('../../../src/features/consent/launch-consent'),
  readLaunchConsent: () => 'accepted',
}));
jest.mock('../../../src/features/consent/use-upcoming-policies', () => ({
  useUpcomingPolicies: () => ({ upcoming: [], load: () => Promise.resolve() }),
}));
jest.mock('../../../src/features/inbox/use-announcements', () => ({
  useAnnouncements: () => ({ announcements: [], load: () => Promise.resolve() }),
}));
jest.mock('../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../src/platform/navigation'),
  navigate: jest.fn(),
  redirect: jest.fn(),
}));
// Page lifecycle hooks need Taro's app runtime: here a show is the first mount.
jest.mock('@tarojs/taro', () => {
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    ...jest.requireActual('@tarojs/taro'),
    useDidShow: (show: () => void) => useEffect(() => show(), []),
  };
});

const call = jest.mocked(cloudClient.call);

function answer(open: { items: number; more: boolean }) {
  call.mockImplementation(((fn: string, action: string) => {
    if (fn === 'requests' && action === 'mine')
      return Promise.resolve({
        ok: true,
        data: {
          items: Array.from({ length: open.items }, (_, i) => ({ id: String(i) })),
          nextCursor: open.more ? 'x' : null,
        },
      });
    if (fn === 'notify' && action === 'unreadCount') return Promise.resolve({ ok: true, data: { unread: 0 } });
    return Promise.resolve({ ok: true, data: [] });
  }) as typeof cloudClient.call);
}

async function renderHome() {
  const view = render(<HomePage />);
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return view;
}

describe('home', () => {
  beforeEach(() => jest.mocked(navigate).mockReset());

  it('opens the matters catalog from a grid of services, one tile per category', async () => {
    answer({ items: 0, more: false });
    const { container } = await renderHome();
    const tiles = Array.from(container.querySelectorAll('.home__grid .home__tile')).map((el) => el.textContent);
    expect(tiles.slice(0, 5)).toEqual(['办事服务', '商事登记', '备案', '证明与证照', '扶持与补贴']);
    expect(container.querySelectorAll('.home__grid .home__icon')).toHaveLength(tiles.length);
    act(() => {
      fireEvent.click(container.querySelector('.home__category--certificate')!);
    });
    expect(navigate).toHaveBeenCalledWith(ROUTES.services, { category: 'certificate' });
  });

  it('shows at a glance how many of my requests are in progress', async () => {
    answer({ items: 3, more: false });
    const { container } = await renderHome();
    expect(call).toHaveBeenCalledWith('requests', 'mine', { group: 'inProgress', pageSize: 50 });
    expect(container.querySelector('.home__my-requests .home__glance')?.textContent).toBe('3 件办理中');
  });

  it('says 50+ beyond one page, and nothing when none is in progress', async () => {
    answer({ items: 50, more: true });
    const many = await renderHome();
    expect(many.container.querySelector('.home__glance')?.textContent).toBe('50+ 件办理中');
    many.unmount();
    answer({ items: 0, more: false });
    const none = await renderHome();
    expect(none.container.querySelector('.home__glance')).toBeNull();
  });
});

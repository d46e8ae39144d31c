import { act, fireEvent, render } from '@testing-library/react';
import HomePage from '../../../src/pages/index/index';
import { ROUTES, navigate } from '../../../src/platform/navigation';
import { cloudClient } from '../../../src/services/cloud';
import { type } from '../../support/ui-events';

jest.mock('../../../src/services/cloud', () => ({ cloudClient: { call: jest.fn() } }));
// The person's launch consent: 'declined' is a guest.
let mockConsent = 'accepted';
jest.mock('../../../src/features/consent/use-launch-consent', () => ({
  useLaunchConsent: () => ({ status: mockConsent, refresh: jest.fn(), syncWithCloud: () => Promise.resolve() }),
}));
jest.mock('../../../src/features/consent/launch-consent', () => ({
  ...jest.requireActual('../../../src/features/consent/launch-consent'),
  readLaunchConsent: () => mockConsent,
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

type Page = { items: number; more: boolean };

/** The cloud as home sees it: `mine` answers per group; `signedIn: false` is a person with no account. */
function answer(groups: { inProgress: Page; needsSupplement: Page }, signedIn = true) {
  call.mockImplementation(((fn: string, action: string, input?: { group?: keyof typeof groups }) => {
    if (fn === 'requests' && action === 'mine') {
      if (!signedIn)
        return Promise.resolve({ ok: false, error: { code: 'ACCOUNT.NOT_SIGNED_IN', message: '请先登录' } });
      const page = groups[input?.group ?? 'inProgress'];
      return Promise.resolve({
        ok: true,
        data: {
          items: Array.from({ length: page.items }, (_, i) => ({ id: String(i) })),
          nextCursor: page.more ? 'x' : null,
        },
      });
    }
    if (fn === 'notify' && action === 'unreadCount') return Promise.resolve({ ok: true, data: { unread: 0 } });
    return Promise.resolve({ ok: true, data: [] });
  }) as typeof cloudClient.call);
}
const none = { items: 0, more: false };

async function renderHome() {
  const view = render(<HomePage />);
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return view;
}

const glanceOf = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.home__glance-cell')).map((cell) => cell.textContent);

describe('home', () => {
  beforeEach(() => {
    jest.mocked(navigate).mockReset();
    call.mockReset();
    mockConsent = 'accepted';
  });

  it('opens the matters catalog from a grid of services, one tile per category, none named like its heading', async () => {
    answer({ inProgress: none, needsSupplement: none });
    const { container } = await renderHome();
    const heading = container.querySelector('.home__grid')?.previousElementSibling?.textContent;
    const tiles = Array.from(container.querySelectorAll('.home__grid .home__tile')).map((el) => el.textContent);
    expect(heading).toBe('办事服务');
    expect(tiles).not.toContain(heading);
    expect(tiles.slice(0, 5)).toEqual(['全部事项', '商事登记', '备案', '证明与证照', '扶持与补贴']);
    act(() => {
      fireEvent.click(container.querySelector('.home__certificate')!);
    });
    expect(navigate).toHaveBeenCalledWith(ROUTES.services, { category: 'certificate' });
    act(() => {
      fireEvent.click(container.querySelector('.home__all')!);
    });
    expect(navigate).toHaveBeenLastCalledWith(ROUTES.services);
  });

  it('draws each tile a line icon of its own, hidden from screen readers (the label names the tile)', async () => {
    answer({ inProgress: none, needsSupplement: none });
    const { container } = await renderHome();
    const icons = Array.from(container.querySelectorAll<HTMLElement>('.home__grid .home__icon'));
    expect(icons).toHaveLength(container.querySelectorAll('.home__grid .home__tile').length);
    const images = icons.map((icon) => icon.style.backgroundImage);
    for (const image of images)
      expect(decodeURIComponent(image)).toMatch(
        /^url\("?data:image\/svg\+xml,<svg .*stroke="white".*<path d="M[^"]+"\/><\/svg>"?\)$/,
      );
    expect(new Set(images).size).toBe(images.length);
    for (const icon of icons) expect(icon.getAttribute('aria-hidden')).toBe('true');
  });

  it('opens the catalog with what was typed in the search box, trimmed', async () => {
    answer({ inProgress: none, needsSupplement: none });
    const { container } = await renderHome();
    // Typed as Taro's Input reports it, on the field itself: a native input event on the <input> inside
    // raced Stencil's own (which has no detail) and now and then left the query undefined.
    expect(container.querySelector('.home__search .search-field__input')).not.toBeNull();
    type(container, '.home__search .search-field__input', '  档案查询 ');
    act(() => {
      fireEvent.click(container.querySelector('.home__search .search-field__go')!);
    });
    expect(navigate).toHaveBeenCalledWith(ROUTES.services, { q: '档案查询' });
  });

  it('shows a signed-in person how many requests are in progress and how many wait for a supplement', async () => {
    answer({ inProgress: { items: 3, more: false }, needsSupplement: { items: 1, more: false } });
    const { container } = await renderHome();
    expect(call).toHaveBeenCalledWith('requests', 'mine', { group: 'inProgress', pageSize: 50 });
    expect(call).toHaveBeenCalledWith('requests', 'mine', { group: 'needsSupplement', pageSize: 50 });
    expect(glanceOf(container)).toEqual(['3进行中', '1待补正']);
    act(() => {
      fireEvent.click(container.querySelector('.home__glance--needsSupplement')!);
    });
    expect(navigate).toHaveBeenCalledWith(ROUTES.myRequests, { group: 'needsSupplement' });
  });

  it('says 50+ beyond one page, and 0 when there are none', async () => {
    answer({ inProgress: { items: 50, more: true }, needsSupplement: none });
    const { container } = await renderHome();
    expect(glanceOf(container)).toEqual(['50+进行中', '0待补正']);
  });

  it('shows nothing of it to someone without an account', async () => {
    answer({ inProgress: none, needsSupplement: none }, false);
    const { container } = await renderHome();
    expect(call).toHaveBeenCalledWith('requests', 'mine', expect.anything());
    expect(container.querySelector('.home__glance')).toBeNull();
    expect(container.querySelector('.home__my-requests')).not.toBeNull();
  });

  it('shows a guest neither the search nor the glance, and asks the cloud nothing of their requests', async () => {
    mockConsent = 'declined';
    answer({ inProgress: { items: 3, more: false }, needsSupplement: none });
    const { container } = await renderHome();
    expect(container.querySelector('.home__guest')).not.toBeNull();
    expect(call).not.toHaveBeenCalledWith('requests', 'mine', expect.anything());
    expect(container.querySelector('.home__glance')).toBeNull();
    expect(container.querySelector('.home__search')).toBeNull();
  });
});

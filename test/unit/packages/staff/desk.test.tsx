import { act, fireEvent, render } from '@testing-library/react';
import type { ProfileView, Role } from '../../../../cloudfunctions/lib/contract/account';
import { accountApi } from '../../../../src/features/account/account-api';
import { DESK_ENTRIES, deskEntriesFor } from '../../../../src/features/staff/staff-desk';
import StaffDeskPage from '../../../../src/packages/staff/pages/desk/index';
import { applyLocale } from '../../../../src/i18n/locale-store';
import { ROUTES } from '../../../../src/platform/navigation';
import { wxApi } from '../../../../src/platform/wx-api';

jest.mock('../../../../src/features/account/account-api', () => ({ accountApi: { profile: jest.fn() } }));
// Not staff-enrolled questions here: the desk's factor line has its own story (test/e2e/staff-factor.spec.ts).
jest.mock('../../../../src/features/staff/factor-api', () => ({
  factorApi: { status: async () => ({ ok: false, error: { code: 'NETWORK', message: '' } }) },
}));
// Page lifecycle hooks need Taro's app runtime: here a show is the first mount.
jest.mock('@tarojs/taro', () => {
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    ...jest.requireActual('@tarojs/taro'),
    useDidShow: (show: () => void) => useEffect(() => show(), []),
  };
});

const profile = jest.mocked(accountApi.profile);

function withRoles(roles: Role[]) {
  profile.mockResolvedValue({ ok: true, data: { roles } as ProfileView });
}

async function renderDesk() {
  const view = render(<StaffDeskPage />);
  await act(async () => {
    await Promise.resolve();
  });
  return view;
}

describe('staff desk', () => {
  beforeEach(() => jest.resetAllMocks());

  it('opens to each role only the screens that role serves', () => {
    const ids = (roles: Role[]) => deskEntriesFor(roles).map((e) => e.id);
    expect(ids(['user'])).toEqual([]);
    expect(ids(['user', 'reviewer'])).toEqual(['queue', 'grants', 'identityReviews']);
    expect(ids(['user', 'pusher'])).toEqual(['push']);
    expect(ids(['user', 'staff'])).toEqual(['queue', 'accounts', 'privacyRequests', 'feedback', 'reports']);
    expect(ids(['user', 'admin'])).toEqual(DESK_ENTRIES.map((e) => e.id));
  });

  it('routes every entry to a real staff page', () => {
    const staffRoutes = Object.values(ROUTES).filter((r) => r.startsWith('/packages/staff/'));
    for (const entry of DESK_ENTRIES) expect(staffRoutes).toContain(entry.route);
  });
});

describe('StaffDeskPage', () => {
  beforeEach(() => jest.resetAllMocks());

  it('lists what the roles open and navigates from a tap', async () => {
    withRoles(['user', 'reviewer']);
    const navigateTo = jest.spyOn(wxApi, 'navigateTo').mockResolvedValue(undefined as never);
    const { container } = await renderDesk();
    const entries = Array.from(container.querySelectorAll('.desk__entry')).map((e) => e.className);
    expect(entries.join(' ')).toContain('desk__entry--queue');
    expect(entries.join(' ')).toContain('desk__entry--grants');
    expect(entries.join(' ')).not.toContain('desk__entry--push');
    await act(async () => {
      fireEvent.click(container.querySelector('.desk__entry--grants') as Element);
    });
    expect(navigateTo).toHaveBeenCalledWith({ url: ROUTES.staffGrants });
  });

  it('lists the roles the way the reader’s language joins words (no Chinese comma in Portuguese)', async () => {
    withRoles(['user', 'staff', 'admin']);
    try {
      applyLocale('pt-PT');
      const { container } = await renderDesk();
      expect(container.querySelector('.desk__roles')?.textContent).toBe('As suas funções: Funcionário, Administrador');
    } finally {
      applyLocale('zh-CN');
    }
    const { container } = await renderDesk();
    expect(container.querySelector('.desk__roles')?.textContent).toMatch(/^您的角色：\S+、\S+$/);
  });

  it('tells an account without staff roles, and a signed-out person where to sign in', async () => {
    withRoles(['user']);
    const { container, unmount } = await renderDesk();
    expect(container.querySelector('.desk__none')).not.toBeNull();
    expect(container.querySelectorAll('.desk__entry')).toHaveLength(0);
    unmount();
    profile.mockResolvedValue({ ok: false, error: { code: 'ACCOUNT.NOT_SIGNED_IN', message: '请先登录' } });
    const signedOut = await renderDesk();
    expect(signedOut.container.querySelector('.desk__failed')?.textContent).toBe('请先登录');
    expect(signedOut.container.querySelector('.desk__sign-in')).not.toBeNull();
  });
});

import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { useDidShow } from '@tarojs/taro';
import type { PreferencesView, TemplateView } from '../../../../cloudfunctions/lib/contract/notify';
import { preferenceRows } from '../../../../cloudfunctions/lib/notify/preferences';
import { notifyApi } from '../../../../src/features/inbox/notify-api';
import { zhCNInbox } from '../../../../src/i18n/zh-CN-inbox';
import PreferencesPage from '../../../../src/packages/inbox/pages/preferences/index';
import { requestSubscription } from '../../../../src/platform/permissions/subscribe';

// Page lifecycle hooks need Taro's app runtime: the test runs the page's show callback itself.
jest.mock('@tarojs/taro', () => ({ ...jest.requireActual('@tarojs/taro'), useDidShow: jest.fn() }));
jest.mock('../../../../src/features/inbox/notify-api', () => ({
  notifyApi: { preferences: jest.fn(), templates: jest.fn(), setPreference: jest.fn(), recordGrants: jest.fn() },
}));
jest.mock('../../../../src/platform/permissions/subscribe', () => ({
  ...jest.requireActual('../../../../src/platform/permissions/subscribe'),
  requestSubscription: jest.fn(),
}));

const api = jest.mocked(notifyApi);
const VIEW: PreferencesView = { rows: preferenceRows(undefined), addresses: { wechat: true, sms: true, email: false } };
const TEMPLATES: TemplateView[] = ['a', 'b', 'c', 'd'].map((id, i) => ({
  id: `tmpl-${id}`,
  title: `模板${id}`,
  kinds: [],
  longTerm: false,
  remaining: i === 0 ? 2 : 0,
}));

async function show() {
  const utils = render(<PreferencesPage />);
  const onShow = jest.mocked(useDidShow).mock.calls.at(-1)?.[0];
  await act(async () => {
    onShow?.();
  });
  await waitFor(() => expect(utils.container.querySelector('.preferences__row')).not.toBeNull());
  return utils.container;
}

describe('notice preferences page', () => {
  beforeEach(() => {
    jest.clearAllMocks();
    api.preferences.mockResolvedValue({ ok: true, data: VIEW });
    api.templates.mockResolvedValue({ ok: true, data: TEMPLATES });
    api.setPreference.mockResolvedValue({ ok: true, data: VIEW });
  });

  it('explains the locked rows and does not offer to turn them off', async () => {
    const container = await show();
    expect(container.textContent).toContain(zhCNInbox.lockedNote);
    const locked = container.querySelectorAll('.preferences__row--account-security .preferences__locked');
    expect(locked).toHaveLength(1);
    fireEvent.click(
      container.querySelector('.preferences__row--account-security .preferences__switch--wechat') as Element,
    );
    expect(api.setPreference).not.toHaveBeenCalled();
    expect(container.textContent).toContain(`${zhCNInbox.channels.email}：${zhCNInbox.noAddress}`);
  });

  it('turns a channel of an open kind on or off through the notify function', async () => {
    const container = await show();
    await act(async () => {
      fireEvent.click(container.querySelector('.preferences__row--staff-push .preferences__switch--sms') as Element);
    });
    expect(api.setPreference).toHaveBeenCalledWith('staff.push', 'sms', true);
    await act(async () => {
      fireEvent.click(container.querySelector('.preferences__row--staff-push .preferences__switch--wechat') as Element);
    });
    expect(api.setPreference).toHaveBeenLastCalledWith('staff.push', 'wechat', false);
  });

  it('asks WeChat for the three templates with the fewest sends left and records the answers', async () => {
    jest.mocked(requestSubscription).mockImplementation(async (ids, onDecided) => {
      const decisions = Object.fromEntries(ids.map((id) => [id, 'accept' as const]));
      await onDecided(decisions);
      return { status: 'ok', value: decisions };
    });
    api.recordGrants.mockResolvedValue({ ok: true, data: TEMPLATES });
    const container = await show();
    await act(async () => {
      fireEvent.click(container.querySelector('.preferences__subscribe') as Element);
    });
    expect(jest.mocked(requestSubscription).mock.calls[0]?.[0]).toEqual(['tmpl-b', 'tmpl-c', 'tmpl-d']);
    expect(api.recordGrants).toHaveBeenCalledWith({ 'tmpl-b': 'accept', 'tmpl-c': 'accept', 'tmpl-d': 'accept' });
    expect(container.querySelector('.preferences__notice')?.textContent).toBe(zhCNInbox.subscribed);
  });

  describe('when some templates are long-term (长期订阅)', () => {
    const MIXED: TemplateView[] = [
      ...TEMPLATES,
      { id: 'tmpl-long', title: '长期模板', kinds: [], longTerm: true, remaining: 0 },
      { id: 'tmpl-long-ok', title: '已授权长期模板', kinds: [], longTerm: true, remaining: null },
    ];

    beforeEach(() => {
      api.templates.mockResolvedValue({ ok: true, data: MIXED });
      api.recordGrants.mockResolvedValue({ ok: true, data: MIXED });
      jest.mocked(requestSubscription).mockImplementation(async (ids, onDecided) => {
        const decisions = Object.fromEntries(ids.map((id) => [id, 'accept' as const]));
        await onDecided(decisions);
        return { status: 'ok', value: decisions };
      });
    });

    it('asks each class in its own tap, never both in one request (WeChat errCode 20002)', async () => {
      const container = await show();
      await act(async () => {
        fireEvent.click(container.querySelector('.preferences__subscribe') as Element);
      });
      await act(async () => {
        fireEvent.click(container.querySelector('.preferences__subscribe-long-term') as Element);
      });
      const asked = jest.mocked(requestSubscription).mock.calls.map((c) => c[0]);
      expect(asked).toEqual([['tmpl-b', 'tmpl-c', 'tmpl-d'], ['tmpl-long']]);
    });

    it('offers no long-term tap once every long-term template is accepted', async () => {
      api.templates.mockResolvedValue({ ok: true, data: MIXED.filter((t) => t.id !== 'tmpl-long') });
      const container = await show();
      expect(container.querySelector('.preferences__subscribe-long-term')).toBeNull();
      expect(container.querySelector('.preferences__subscribe')).not.toBeNull();
    });
  });
});

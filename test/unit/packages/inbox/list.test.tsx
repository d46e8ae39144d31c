import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { useDidShow } from '@tarojs/taro';
import type { InboxPage as InboxPageData } from '../../../../cloudfunctions/lib/contract/notify';
import { notifyApi } from '../../../../src/features/inbox/notify-api';
import { useNetworkStatus } from '../../../../src/features/permissions/use-network-status';
import { zhCN } from '../../../../src/i18n/zh-CN';
import { applyLocale } from '../../../../src/i18n/locale-store';
import { noticeContent } from '../../../../cloudfunctions/lib/contract/notices/notice-text';
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

  describe('in the reader’s language (issue 20)', () => {
    const changed = noticeContent('security.password-changed', {});
    const accepted = noticeContent(
      'request.status.accepted',
      { matter: '设立登记', number: 'QYB-1', comment: '请带原件' },
      { matter: { en: 'Company establishment', 'pt-PT': 'Constituição de sociedade' } },
    );
    const message = (id: string, content: typeof changed, createdAt: string) => ({
      id,
      kind: 'security.password-changed',
      ...content,
      page: null,
      createdAt,
      read: true,
    });
    const KEYED: InboxPageData = {
      messages: [
        message('m-new', changed, '2026-12-02T02:00:00.000Z'),
        message('m-request', accepted, '2026-12-01T03:00:00.000Z'),
        // Stored before notices carried a key, and one whose key this build does not know.
        { ...message('m-old', changed, '2026-11-01T02:00:00.000Z'), title: '旧消息', body: '旧的正文', text: null },
        {
          ...message('m-future', changed, '2026-10-01T02:00:00.000Z'),
          title: '新版本的消息',
          body: '新版本的正文',
          text: { key: 'security.not-yet-known', params: {} },
        },
      ],
      unread: 0,
      next: null,
    };
    const texts = (container: HTMLElement, part: 'title' | 'body') =>
      Array.from(container.querySelectorAll(`.inbox__message-${part}`), (e) => e.textContent);

    afterEach(() => applyLocale('zh-CN'));

    it.each([
      [
        'en',
        'Password changed',
        'Company establishment: accepted',
        'Your application (no. QYB-1) has been accepted. Note: 请带原件',
      ],
      [
        'pt-PT',
        'Palavra-passe alterada',
        'Constituição de sociedade: aceite',
        'O seu pedido (n.º QYB-1) foi aceite. Nota: 请带原件',
      ],
    ] as const)(
      'in %s: titles and bodies from the key, staff words as given, old messages as stored',
      async (locale, title, requestTitle, requestBody) => {
        applyLocale(locale);
        inbox.mockResolvedValue({ ok: true, data: KEYED });
        const { container } = await shown();
        await waitFor(() => expect(container.querySelectorAll('.inbox__message')).toHaveLength(4));
        expect(texts(container, 'title')).toEqual([title, requestTitle, '旧消息', '新版本的消息']);
        expect(texts(container, 'body')[1]).toBe(requestBody);
        expect(texts(container, 'body').slice(2)).toEqual(['旧的正文', '新版本的正文']);
      },
    );

    it.each([
      ['en', 'You proposed granting the role “Reviewer, Administrator” to account li_si; it was approved'],
      ['pt-PT', 'Propôs atribuir a função «Revisor, Administrador» à conta li_si; foi aprovada'],
      ['zh-MO', '您提議為帳號 li_si 授予「審核人員、管理員」角色，已獲批准並生效。'],
    ] as const)('in %s a role proposal names the roles in the reader’s language', async (locale, body) => {
      const approved = noticeContent('proposal.roles.approved', {
        account: 'li_si',
        roles: 'reviewer,admin',
        reason: null,
      });
      applyLocale(locale);
      inbox.mockResolvedValue({
        ok: true,
        data: { messages: [message('m-roles', approved, '2026-12-02T02:00:00.000Z')], unread: 0, next: null },
      });
      const { container } = await shown();
      await waitFor(() => expect(container.querySelectorAll('.inbox__message')).toHaveLength(1));
      expect(texts(container, 'body')[0]).toContain(body);
      expect(texts(container, 'body')[0]).not.toMatch(locale === 'zh-MO' ? /审核|管理员/ : /\p{Script=Han}/u);
    });

    it('in 简体中文 the keyed text reads as the server wrote it', async () => {
      inbox.mockResolvedValue({ ok: true, data: KEYED });
      const { container } = await shown();
      await waitFor(() => expect(container.querySelectorAll('.inbox__message')).toHaveLength(4));
      expect(texts(container, 'title').slice(0, 2)).toEqual([changed.title, accepted.title]);
    });
  });
});

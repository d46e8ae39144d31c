import { render, waitFor } from '@testing-library/react';
import type { PersonalCopy, PrivacyRequestView } from '../../../../../cloudfunctions/lib/contract/privacy';
import { privacyApi } from '../../../../../src/features/privacy/privacy-api';
import { toFileInput, EMPTY_DRAFT } from '../../../../../src/features/privacy/use-rights';
import RightsPage from '../../../../../src/packages/privacy/pages/rights/index';
import { redirect } from '../../../../../src/platform/navigation';
import { zhCNRights } from '../../../../../src/i18n/zh-CN-rights';
import { type, click } from '../../../../support/ui-events';

jest.mock('../../../../../src/features/privacy/privacy-api', () => ({
  privacyApi: { mine: jest.fn(), file: jest.fn(), cancel: jest.fn(), copy: jest.fn() },
}));
jest.mock('../../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../../src/platform/navigation'),
  redirect: jest.fn(),
  pageQuery: () => ({}),
}));

const api = jest.mocked(privacyApi);

const open: PrivacyRequestView = {
  id: 'a'.repeat(24),
  kind: 'correction',
  status: 'open',
  fields: ['realName'],
  proposed: { realName: '**為' },
  text: { reason: '繁体' },
  createdAt: '2026-11-29T02:00:00.000Z',
  dueDate: '2026-12-18',
  dueDateConfirmed: true,
  decidedAt: null,
  reply: null,
  scope: [],
  erasure: null,
};

const copy: PersonalCopy = {
  generatedAt: '2026-11-29T02:00:00.000Z',
  account: {
    accountName: 'chan_tai_man',
    realName: '陈大文',
    document: { type: 'residence-permit', region: 'MO', number: '820000200002290021', birthDate: '2000-02-29' },
    mobile: { countryCode: '+853', number: '66123456' },
    address: null,
    contact: null,
    verification: { level: 'document-checked', documentCheckedAt: null, faceVerifiedAt: null },
    status: { state: 'active', reason: null, until: null },
    roles: ['user'],
    createdAt: '2026-11-29T01:00:00.000Z',
    passwordChangedAt: '2026-11-29T01:00:00.000Z',
    cancellation: null,
  },
  agreements: [],
  wechat: { openid: 'oAlice', boundAt: null, via: 'registration' },
  consents: [],
  sessions: [],
  requests: [open],
  counts: { messages: 2, unreadMessages: 1, feedback: 0, files: 0, serviceRequests: 0 },
  staffReads: [],
};

/** Taro's H5 input reports what was typed as a custom event with `detail.value`. */
describe('RightsPage', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    api.mine.mockResolvedValue({ ok: true, data: { items: [open] } });
  });

  it('lists my requests with status and due date, and withdraws an open one', async () => {
    api.cancel.mockResolvedValue({ ok: true, data: { ...open, status: 'cancelled' } });
    const { container } = render(<RightsPage />);
    await waitFor(() => expect(container.querySelector('.rights__item--open')).not.toBeNull());
    expect(container.querySelector('.rights__due')?.textContent).toBe(zhCNRights.due('2026年12月18日', true));
    expect(container.querySelector('.rights__item')?.textContent).toContain('**為');
    await click(container, '.rights__cancel');
    expect(api.cancel).toHaveBeenCalledWith(open.id);
    expect(container.querySelector('.rights__item--cancelled')).not.toBeNull();
  });

  it('files a correction with only what was filled in, and shows what the cloud refuses', async () => {
    api.file.mockResolvedValueOnce({
      ok: false,
      error: { code: 'ACCOUNT.PASSWORD_INCORRECT', message: '密码不正确' },
    });
    const { container } = render(<RightsPage />);
    await waitFor(() => expect(api.mine).toHaveBeenCalled());
    type(container, '.rights__real-name', '陈大為');
    type(container, '.rights__reason', '姓名为繁体');
    type(container, '.rights__password', 'wrong');
    await click(container, '.rights__file');
    expect(api.file).toHaveBeenCalledWith({
      kind: 'correction',
      password: 'wrong',
      proposed: { realName: '陈大為' },
      reason: '姓名为繁体',
    });
    expect(container.querySelector('.rights__error')?.textContent).toBe('密码不正确');

    api.file.mockResolvedValueOnce({ ok: true, data: { ...open, id: 'b'.repeat(24) } });
    type(container, '.rights__password', 'Hengqin-2026');
    await click(container, '.rights__file');
    expect(container.querySelector('.rights__notice')?.textContent).toBe(zhCNRights.submitted);
    expect(container.querySelectorAll('.rights__item')).toHaveLength(2);
  });

  it('asks a question with the question alone', async () => {
    const { container } = render(<RightsPage />);
    await click(container, '.rights__kind--question');
    expect(container.querySelector('.rights__real-name')).toBeNull();
    expect(toFileInput({ ...EMPTY_DRAFT, kind: 'question', question: '多久？', password: 'p', realName: 'x' })).toEqual(
      {
        kind: 'question',
        password: 'p',
        question: '多久？',
      },
    );
  });

  it('shows the copy of my information in full after the password', async () => {
    api.copy.mockResolvedValue({ ok: true, data: copy });
    const { container } = render(<RightsPage />);
    type(container, '.rights__copy-password', 'Hengqin-2026');
    await click(container, '.rights__copy-get');
    expect(api.copy).toHaveBeenCalledWith('Hengqin-2026');
    expect(container.querySelector('.rights__copy-value--real-name')?.textContent).toBe('陈大文');
    expect(container.querySelector('.rights__copy-value--document')?.textContent).toContain('820000200002290021');
    expect(container.querySelector('.rights__copy')?.textContent).toContain(zhCNRights.copy.messages(2, 1));
    await click(container, '.rights__copy-hide');
    expect(container.querySelector('.rights__copy')).toBeNull();
  });

  it('shows in the copy who on staff read my information, masked, and where each consent came from', async () => {
    const receipt = {
      seq: 1,
      action: 'grant' as const,
      subject: {
        kind: 'document' as const,
        documentId: 'privacy-policy' as const,
        version: '2021-11-15',
        sha256: 'a'.repeat(64),
      },
      purposes: ['basic-service' as const],
      channel: 'launch-gate' as const,
      at: '2026-11-29T01:00:00.000Z',
      prevHash: '0'.repeat(64),
      hash: 'b'.repeat(64),
    };
    api.copy.mockResolvedValue({
      ok: true,
      data: {
        ...copy,
        consents: [
          { ...receipt, clientIp: '203.0.113.7', device: { brand: 'HUAWEI', model: 'Mate 60' } },
          { ...receipt, seq: 2, clientIp: null, device: null },
        ],
        staffReads: [{ at: '2026-11-30T02:00:00.000Z', staff: '64f1****9a2b', action: 'privacy.request-revealed' }],
      },
    });
    const { container } = render(<RightsPage />);
    type(container, '.rights__copy-password', 'Hengqin-2026');
    await click(container, '.rights__copy-get');
    const origins = Array.from(container.querySelectorAll('.rights__copy-value--consent-origin')).map(
      (e) => e.textContent,
    );
    expect(origins).toEqual(['203.0.113.7 · HUAWEI Mate 60', zhCNRights.copy.notRecorded]);
    expect(container.querySelector('.rights__copy-value--staff-read')?.textContent).toBe(
      zhCNRights.copy.staffRead('64f1****9a2b', zhCNRights.copy.readActions['privacy.request-revealed']!),
    );
  });

  it('sends a signed-out person to sign in', async () => {
    api.mine.mockResolvedValue({ ok: false, error: { code: 'ACCOUNT.NOT_SIGNED_IN', message: '请先登录' } });
    render(<RightsPage />);
    await waitFor(() => expect(redirect).toHaveBeenCalled());
  });
});

import { render } from '@testing-library/react';
import type { PersonalCopy } from '../../../../../cloudfunctions/lib/contract/privacy';
import { applyLocale } from '../../../../../src/i18n/locale-store';
import { PersonalCopyView } from '../../../../../src/packages/privacy/components/personal-copy';
import { simplifiedLeaks } from '../../../../../scripts/i18n/simplified-leaks';

const grant = {
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
  clientIp: null,
  device: null,
};

const copy: PersonalCopy = {
  generatedAt: '2026-11-29T02:00:00.000Z',
  account: {
    accountName: 'chan_tai_man',
    realName: null,
    document: { type: 'residence-permit', region: 'MO', number: null, birthDate: null },
    mobile: { countryCode: null, number: null },
    address: null,
    contact: null,
    verification: { level: 'document-checked', documentCheckedAt: null, faceVerifiedAt: null },
    status: { state: 'active', reason: null, until: null },
    roles: ['user'],
    createdAt: '2026-11-29T01:00:00.000Z',
    passwordChangedAt: '2026-11-29T01:00:00.000Z',
    cancellation: null,
  },
  agreements: [
    { id: 'user-agreement', version: '2021-11-15', sha256: 'c'.repeat(64), acceptedAt: '2026-11-29T01:00:00.000Z' },
  ],
  wechat: { openid: 'oAlice', boundAt: null, via: 'registration' },
  consents: [grant],
  sessions: [],
  requests: [],
  counts: { messages: 0, unreadMessages: 0, feedback: 0, files: 0, serviceRequests: 0 },
  staffReads: [],
};

const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent ?? '';

describe('the copy of my information names the documents I accepted', () => {
  afterEach(() => applyLocale('zh-CN'));

  it('by their English name and the version date in English, never the id', () => {
    applyLocale('en');
    const { container } = render(<PersonalCopyView copy={copy} />);
    const label = text(container, '.rights__copy-row--agreement-user-agreement .rights__copy-label');
    expect(label).toContain('User agreement');
    expect(label).toContain('2021');
    expect(label).not.toMatch(/user-agreement|2021-11-15/);
    expect(text(container, '.rights__copy-value--consent')).toContain('Personal information protection policy');
  });

  it('in Traditional Chinese with no Simplified character in the names', () => {
    applyLocale('zh-MO');
    const { container } = render(<PersonalCopyView copy={copy} />);
    const label = text(container, '.rights__copy-row--agreement-user-agreement .rights__copy-label');
    expect(label).toContain('用戶協議');
    expect(label).not.toContain('user-agreement');
    expect(simplifiedLeaks(label)).toEqual([]);
    expect(simplifiedLeaks(text(container, '.rights__copy-value--consent'))).toEqual([]);
  });

  it('shows the birth date as people read it, through the one date formatter', () => {
    const born = {
      ...copy,
      account: { ...copy.account, document: { ...copy.account.document, birthDate: '2000-02-29' } },
    };
    const { container } = render(<PersonalCopyView copy={born} />);
    expect(text(container, '.rights__copy-value--birth-date')).toBe('2000年2月29日');
  });
});

import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { ConsentReceipt, ConsentStatusOutput } from '../../../../../cloudfunctions/lib/contract/consent';
import { CURRENT_POLICIES } from '../../../../../policies/generated';
import { consentApi } from '../../../../../src/features/consent/consent-api';
import {
  acceptLaunchConsent,
  declineLaunchConsent,
  readLaunchConsent,
} from '../../../../../src/features/consent/launch-consent';
import PrivacyCenterPage from '../../../../../src/packages/privacy/pages/center/index';
import { confirm } from '../../../../../src/platform/dialog';
import { relaunch } from '../../../../../src/platform/navigation';
import { receiptCode } from '../../../../../src/features/consent/receipt-code';
import { calendarDay } from '../../../../../src/i18n/beijing-time';
import { en } from '../../../../../src/i18n/en';
import { applyLocale } from '../../../../../src/i18n/locale-store';
import { ptPT } from '../../../../../src/i18n/pt-PT';
import { zhCN } from '../../../../../src/i18n/zh-CN';
import { zhMO } from '../../../../../src/i18n/zh-MO';

// Page lifecycle hooks need Taro's app runtime; mounting is what these tests exercise.
jest.mock('@tarojs/taro', () => ({ ...jest.requireActual('@tarojs/taro'), useDidShow: jest.fn() }));
jest.mock('../../../../../src/features/consent/consent-api', () => ({
  consentApi: {
    status: jest.fn(),
    history: jest.fn(),
    verify: jest.fn(),
    withdraw: jest.fn(),
    withdrawSensitive: jest.fn(),
  },
}));
jest.mock('../../../../../src/platform/dialog', () => ({ confirm: jest.fn(), toast: jest.fn() }));
jest.mock('../../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../../src/platform/navigation'),
  relaunch: jest.fn(),
}));

const api = jest.mocked(consentApi);
const policy = CURRENT_POLICIES['privacy-policy'];
const agreement = CURRENT_POLICIES['user-agreement'];

function statusWith(sensitiveGranted: boolean): ConsentStatusOutput {
  const doc = (d: typeof policy) => ({
    id: d.id as 'privacy-policy',
    title: d.title,
    currentVersion: d.version,
    effectiveDate: d.effectiveDate,
    sha256: d.sha256,
    changeSummary: d.changeSummary,
    reconsentRequired: d.reconsentRequired,
    state: 'granted' as const,
    grantedVersion: d.version,
    needsConsent: false,
    at: '2026-11-29T04:00:00.000Z',
  });
  return {
    documents: [{ ...doc(agreement), id: 'user-agreement' }, doc(policy)],
    sensitive: [{ purpose: 'location', granted: sensitiveGranted, version: policy.version, at: null }],
    accepted: true,
    head: { seq: 2, hash: 'b'.repeat(64) },
  };
}

const receipt = (seq: number): ConsentReceipt => ({
  seq,
  action: 'grant',
  subject: { kind: 'document', documentId: 'privacy-policy', version: policy.version, sha256: policy.sha256 },
  purposes: ['basic-service'],
  channel: 'launch-gate',
  at: '2026-11-29T04:00:00.000Z',
  prevHash: '0'.repeat(64),
  hash: `${seq}`.repeat(64),
});

describe('PrivacyCenterPage', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.resetAllMocks();
    api.status.mockResolvedValue({ ok: true, data: statusWith(true) });
    api.history.mockResolvedValue({ ok: true, data: { entries: [receipt(2), receipt(1)], nextBeforeSeq: null } });
    api.verify.mockResolvedValue({
      ok: true,
      data: { intact: true, length: 2, headHash: 'b'.repeat(64), problems: [] },
    });
    api.withdraw.mockResolvedValue({ ok: true, data: { receipts: [] } });
    api.withdrawSensitive.mockResolvedValue({ ok: true, data: { receipts: [] } });
  });

  describe('for a guest', () => {
    it('lists the documents and offers to agree, reading nothing from the cloud', async () => {
      declineLaunchConsent(new Date());
      const { container } = render(<PrivacyCenterPage />);
      await waitFor(() => expect(container.querySelector('.privacy-center__guest')).not.toBeNull());
      expect(container.querySelectorAll('.privacy-center__doc')).toHaveLength(Object.keys(CURRENT_POLICIES).length);
      expect(api.status).not.toHaveBeenCalled();
    });
  });

  describe('in each language (issue 20)', () => {
    afterEach(() => applyLocale('zh-CN'));
    const ids = Object.keys(CURRENT_POLICIES) as (keyof typeof CURRENT_POLICIES)[];

    it.each([
      ['zh-CN', zhCN],
      ['zh-MO', zhMO],
      ['pt-PT', ptPT],
      ['en', en],
    ] as const)('names the documents as the agreement screen does in %s', async (locale, catalog) => {
      applyLocale(locale);
      declineLaunchConsent(new Date());
      const { container } = render(<PrivacyCenterPage />);
      await waitFor(() => expect(container.querySelector('.privacy-center__guest')).not.toBeNull());
      const shown = ids.map((id) => {
        const row = container.querySelector(`.privacy-center__doc--${id}`);
        const version = row?.querySelector('.privacy-center__meta')?.textContent ?? '';
        return row?.textContent?.replace(version, '');
      });
      expect(shown).toEqual(ids.map((id) => catalog.policy.names[id]));
    });

    it("names my consents and my history in the reader's language, not the documents' Chinese titles", async () => {
      acceptLaunchConsent(new Date());
      applyLocale('pt-PT');
      const { container } = render(<PrivacyCenterPage />);
      await waitFor(() => expect(container.querySelectorAll('.privacy-center__history-item')).toHaveLength(2));
      const consent = container.querySelector('.privacy-center__consent--privacy-policy')?.textContent ?? '';
      expect(consent).toContain(ptPT.policy.names['privacy-policy']);
      expect(consent).not.toContain(policy.title);
      const history = container.querySelector('.privacy-center__history-item')?.textContent ?? '';
      expect(history).toContain(ptPT.policy.names['privacy-policy']);
      expect(history).not.toContain(policy.title);
    });
  });

  describe('for a person who agreed', () => {
    beforeEach(() => acceptLaunchConsent(new Date()));

    it('shows my consent, my history with receipt hashes, and verifies the chain', async () => {
      const { container } = render(<PrivacyCenterPage />);
      await waitFor(() => expect(container.querySelectorAll('.privacy-center__history-item')).toHaveLength(2));
      // Versions are the days they took effect, written as every date is (issue 20: no 2021-11-15).
      const consent = container.querySelector('.privacy-center__consent--privacy-policy')?.textContent;
      expect(consent).toContain(calendarDay(policy.version));
      expect(consent).not.toContain(policy.version);
      expect(container.querySelector('.privacy-center__doc--privacy-policy')?.textContent).toContain(
        calendarDay(policy.version),
      );
      // Receipts as short codes (issue 20: no 64-character hashes to citizens), still matching the ledger.
      const receipt = container.querySelector('.privacy-center__receipt-hash')?.textContent ?? '';
      expect(receipt).toContain('2222-2222-2222');
      expect(receipt).not.toContain('2'.repeat(64));
      const text = container.querySelector('.privacy-center__receipt-text')?.textContent ?? '';
      expect(text).toContain(receiptCode(policy.sha256));
      expect(text).not.toContain(policy.sha256);
      await act(async () => {
        fireEvent.click(container.querySelector('.privacy-center__verify') as Element);
      });
      expect(container.querySelector('.privacy-center__verified--intact')?.textContent).toContain('2');
    });

    it('withdraws both documents after confirmation and leaves the person a guest', async () => {
      jest.mocked(confirm).mockResolvedValue(true);
      const { container } = render(<PrivacyCenterPage />);
      await waitFor(() => expect(container.querySelector('.privacy-center__withdraw')).not.toBeNull());
      await act(async () => {
        fireEvent.click(container.querySelector('.privacy-center__withdraw') as Element);
      });
      expect(api.withdraw).toHaveBeenCalledWith(['user-agreement', 'privacy-policy'], 'privacy-center');
      expect(readLaunchConsent()).toBe('declined');
      expect(relaunch).toHaveBeenCalled();
    });

    it('keeps everything when the person does not confirm', async () => {
      jest.mocked(confirm).mockResolvedValue(false);
      const { container } = render(<PrivacyCenterPage />);
      await waitFor(() => expect(container.querySelector('.privacy-center__withdraw')).not.toBeNull());
      await act(async () => {
        fireEvent.click(container.querySelector('.privacy-center__withdraw') as Element);
      });
      expect(api.withdraw).not.toHaveBeenCalled();
      expect(readLaunchConsent()).toBe('accepted');
    });

    it('withdraws one sensitive purpose from its own row', async () => {
      const { container } = render(<PrivacyCenterPage />);
      const row = '.privacy-center__sensitive--location .privacy-center__sensitive-withdraw';
      await waitFor(() => expect(container.querySelector(row)).not.toBeNull());
      api.status.mockResolvedValue({ ok: true, data: statusWith(false) });
      await act(async () => {
        fireEvent.click(container.querySelector(row) as Element);
      });
      expect(api.withdrawSensitive).toHaveBeenCalledWith('location', 'privacy-center');
      await waitFor(() => expect(container.querySelector(row)).toBeNull());
    });
  });
});

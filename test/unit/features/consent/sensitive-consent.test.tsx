import { consentApi } from '../../../../src/features/consent/consent-api';
import { ensureSensitiveConsent, forgetSensitiveConsent } from '../../../../src/features/consent/sensitive-consent';
import { confirm } from '../../../../src/platform/dialog';
import { applyLocale } from '../../../../src/i18n/locale-store';
import type { ConsentStatusOutput, SensitivePurpose } from '../../../../cloudfunctions/lib/contract/consent';

jest.mock('../../../../src/features/consent/consent-api', () => ({
  consentApi: { status: jest.fn(), grantSensitive: jest.fn() },
}));
jest.mock('../../../../src/platform/dialog', () => ({ confirm: jest.fn(), toast: jest.fn() }));

const status = jest.mocked(consentApi.status);
const grantSensitive = jest.mocked(consentApi.grantSensitive);
const ask = jest.mocked(confirm);

function grantedOnRecord(...purposes: SensitivePurpose[]) {
  const all: SensitivePurpose[] = ['face-verification', 'id-number', 'bank-account', 'location', 'minor-data'];
  const data = {
    documents: [],
    accepted: true,
    head: { seq: 1, hash: '' },
    sensitive: all.map((purpose) => ({ purpose, granted: purposes.includes(purpose), version: null, at: null })),
  } as ConsentStatusOutput;
  status.mockResolvedValue({ ok: true, data });
}

const now = new Date('2026-11-29T04:00:00Z');
const guardian = { name: '陈大文', relationship: 'parent' as const };

describe('ensureSensitiveConsent', () => {
  beforeEach(() => {
    forgetSensitiveConsent();
    jest.resetAllMocks();
    grantSensitive.mockResolvedValue({ ok: true, data: { receipts: [] } });
  });

  it('goes on at once when the consent is on record', async () => {
    grantedOnRecord('location');
    await expect(ensureSensitiveConsent('location')).resolves.toEqual({ status: 'granted' });
    expect(ask).not.toHaveBeenCalled();
  });

  it('explains the purpose and records the answer, then does not ask twice', async () => {
    grantedOnRecord();
    ask.mockResolvedValue(true);
    await expect(ensureSensitiveConsent('face-verification')).resolves.toEqual({ status: 'granted' });
    expect(ask.mock.calls[0]?.[0].title).toContain('人脸信息');
    expect(grantSensitive).toHaveBeenCalledWith('face-verification', 'feature', undefined);
    await ensureSensitiveConsent('face-verification');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(status).toHaveBeenCalledTimes(1);
  });

  it('records nothing when the person refuses', async () => {
    grantedOnRecord();
    ask.mockResolvedValue(false);
    await expect(ensureSensitiveConsent('bank-account')).resolves.toEqual({ status: 'refused' });
    expect(grantSensitive).not.toHaveBeenCalled();
  });

  it('passes on why the cloud did not record it', async () => {
    grantedOnRecord();
    ask.mockResolvedValue(true);
    grantSensitive.mockResolvedValue({
      ok: false,
      error: { code: 'CONSENT.BASE_REQUIRED', message: '请先阅读并同意' },
    });
    await expect(ensureSensitiveConsent('id-number')).resolves.toEqual({ status: 'failed', message: '请先阅读并同意' });
  });

  it('words the cloud’s refusal in the language it is read in (a screen may keep the result)', async () => {
    grantedOnRecord();
    ask.mockResolvedValue(true);
    grantSensitive.mockResolvedValue({
      ok: false,
      error: { code: 'CONSENT.REQUIRED', message: '您尚未同意或已撤回对现行用户协议和个人信息保护政策的同意' },
    });
    const result = await ensureSensitiveConsent('id-number');
    expect(result.status === 'failed' && result.message).toContain('您尚未同意');
    applyLocale('en');
    expect(result.status === 'failed' && result.message).toMatch(/^You have not accepted/);
    applyLocale('zh-CN');
  });

  describe('for a child under 14', () => {
    it('needs a guardian before asking anything', async () => {
      await expect(ensureSensitiveConsent('location', { birthDate: '2015-06-01', now })).resolves.toEqual({
        status: 'guardian-required',
      });
      expect(status).not.toHaveBeenCalled();
    });

    it("asks the guardian for the minor's data, then for the purpose", async () => {
      grantedOnRecord();
      ask.mockResolvedValue(true);
      await expect(ensureSensitiveConsent('location', { birthDate: '2015-06-01', guardian, now })).resolves.toEqual({
        status: 'granted',
      });
      expect(grantSensitive.mock.calls).toEqual([
        ['minor-data', 'feature', guardian],
        ['location', 'feature', guardian],
      ]);
    });
  });

  it('treats a 15-year-old as deciding with a guardian accompanying, without the guardian record', async () => {
    grantedOnRecord();
    ask.mockResolvedValue(true);
    await ensureSensitiveConsent('location', { birthDate: '2011-01-01', now });
    expect(grantSensitive.mock.calls).toEqual([['location', 'feature', undefined]]);
  });
});

/** Refusals: each answers a stable code and leaves the ledger exactly as it was. */
import type { ConsentStatusOutput } from '../../../cloudfunctions/lib/contract/consent';
import { AGREEMENT_V1, CURRENT_POLICIES as AFTER } from '../../fixtures/policies-two-versions';
import { useConsentCloud } from './consent-cloud';

const consent = useConsentCloud();
const ALICE = 'oAlice0000001';

const ref = (doc: { id: string; version: string; sha256: string }) => ({
  id: doc.id,
  version: doc.version,
  sha256: doc.sha256,
});
const grant = (documents: unknown[], extra: Record<string, unknown> = {}) => ({
  documents,
  purposes: ['basic-service'],
  channel: 'launch-gate',
  ...extra,
});

async function expectRefused(input: unknown, code: string, action = 'grant') {
  const result = await consent().call(ALICE, action, input, 'consent-after');
  expect(result).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
  expect(await consent().entries(ALICE)).toEqual([]);
}

describe('consent refusals', () => {
  it.each([
    ['a superseded version', grant([ref(AGREEMENT_V1)]), 'CONSENT.VERSION_STALE'],
    [
      'a version never published',
      grant([{ ...ref(AFTER['user-agreement']), version: '2030-01-01' }]),
      'CONSENT.VERSION_UNKNOWN',
    ],
    [
      'a hash that is not the text in force',
      grant([{ ...ref(AFTER['user-agreement']), sha256: 'f'.repeat(64) }]),
      'CONSENT.HASH_MISMATCH',
    ],
    [
      'an unknown document',
      grant([{ id: 'cookie-policy', version: '2021-11-15', sha256: 'a'.repeat(64) }]),
      'CONSENT.DOCUMENT_UNKNOWN',
    ],
    [
      'a sensitive purpose bundled into the agreement',
      grant([ref(AFTER['user-agreement'])], { purposes: ['basic-service', 'face-verification'] }),
      'CONSENT.SENSITIVE_BUNDLED',
    ],
  ])('refuses %s', async (_what, input, code) => {
    await expectRefused(input, code);
  });

  it('refuses the whole grant when one of its documents is refused', async () => {
    await expectRefused(grant([ref(AFTER['privacy-policy']), ref(AGREEMENT_V1)]), 'CONSENT.VERSION_STALE');
  });

  it.each([
    ['no input', undefined],
    ['no documents', { purposes: ['basic-service'], channel: 'launch-gate' }],
    ['an empty document list', grant([])],
    ['a document without its hash', grant([{ id: 'user-agreement', version: AFTER['user-agreement'].version }])],
    ['the same document twice', grant([ref(AFTER['user-agreement']), ref(AFTER['user-agreement'])])],
    ['an unknown channel', grant([ref(AFTER['user-agreement'])], { channel: 'sms' })],
    ['an openid inside the input', grant([ref(AFTER['user-agreement'])], { openid: 'oMallory00001' })],
    ['a server time inside the input', grant([ref(AFTER['user-agreement'])], { at: '2020-01-01T00:00:00Z' })],
  ])('answers REQUEST.INVALID_INPUT for %s', async (_what, input) => {
    await expectRefused(input, 'REQUEST.INVALID_INPUT');
  });

  it('answers REQUEST.TOO_LARGE for a huge payload', async () => {
    const huge = grant([ref(AFTER['user-agreement'])], { device: { model: 'x'.repeat(64 * 1024) } });
    await expectRefused(huge, 'REQUEST.TOO_LARGE');
  });

  it('answers REQUEST.UNKNOWN_ACTION for an action it does not have', async () => {
    await expectRefused(undefined, 'REQUEST.UNKNOWN_ACTION', 'rewrite');
  });

  it('records the caller from the context when the event claims another openid', async () => {
    const forged = {
      action: 'grant',
      input: grant([ref(AFTER['user-agreement']), ref(AFTER['privacy-policy'])]),
      openid: 'oMallory00001',
      userInfo: { openId: 'oMallory00001' },
    };
    expect(await consent().send(ALICE, forged, 'consent-after')).toMatchObject({ ok: true });
    expect((await consent().entries(ALICE)).map((e) => e.openid)).toEqual([ALICE, ALICE]);
    expect(await consent().entries('oMallory00001')).toEqual([]);
    const mallory = await consent().call<ConsentStatusOutput>('oMallory00001', 'status', undefined, 'consent-after');
    expect(mallory).toMatchObject({ ok: true, data: { accepted: false } });
  });

  it('answers AUTH.NO_IDENTITY to a caller without a WeChat identity', async () => {
    const result = await consent().call('', 'status', undefined, 'consent-after');
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.NO_IDENTITY' } });
  });
});

/** A new agreement version that asks for re-consent: status says so, the old version is stale. */
import type { ConsentStatusOutput, RecordConsentOutput } from '../../../cloudfunctions/lib/contract/consent';
import { AGREEMENT_V1, CURRENT_POLICIES as AFTER } from '../../fixtures/policies-two-versions';
import { useConsentCloud } from './consent-cloud';

const consent = useConsentCloud();
const ALICE = 'oAlice0000001';

const ref = (doc: { id: string; version: string; sha256: string }) => ({
  id: doc.id,
  version: doc.version,
  sha256: doc.sha256,
});
const grant = (documents: unknown[]) => ({ documents, purposes: ['basic-service'], channel: 'launch-gate' });

describe('consent after a new version is published', () => {
  beforeEach(async () => {
    const before = await consent().call(
      ALICE,
      'grant',
      grant([ref(AGREEMENT_V1), ref(AFTER['privacy-policy'])]),
      'consent-before',
    );
    expect(before).toMatchObject({ ok: true });
  });

  it('asks the person again, with what changed', async () => {
    const status = await consent().call<ConsentStatusOutput>(ALICE, 'status', undefined, 'consent-after');
    expect(status.ok && status.data.accepted).toBe(false);
    expect(status.ok && status.data.documents.find((d) => d.id === 'user-agreement')).toMatchObject({
      state: 'outdated',
      grantedVersion: AGREEMENT_V1.version,
      currentVersion: AFTER['user-agreement'].version,
      changeSummary: AFTER['user-agreement'].changeSummary,
      reconsentRequired: true,
      needsConsent: true,
    });
    expect(status.ok && status.data.documents.find((d) => d.id === 'privacy-policy')).toMatchObject({
      state: 'granted',
    });
  });

  it('refuses the old version and records the new one after the old in the same chain', async () => {
    const stale = await consent().call(ALICE, 'grant', grant([ref(AGREEMENT_V1)]), 'consent-after');
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONSENT.VERSION_STALE' } });
    const again = await consent().call<RecordConsentOutput>(
      ALICE,
      'grant',
      { ...grant([ref(AFTER['user-agreement'])]), channel: 'reconsent' },
      'consent-after',
    );
    expect(again.ok && again.data.receipts.map((r) => [r.seq, r.subject.version, r.channel])).toEqual([
      [3, AFTER['user-agreement'].version, 'reconsent'],
    ]);
    const status = await consent().call<ConsentStatusOutput>(ALICE, 'status', undefined, 'consent-after');
    expect(status).toMatchObject({ ok: true, data: { accepted: true } });
  });
});

import { chainEntries } from '../../../../../cloudfunctions/lib/consent/chain-entries';
import { consentStatus } from '../../../../../cloudfunctions/lib/consent/consent-status';
import type { EntryBody } from '../../../../../cloudfunctions/lib/consent/ledger-entry';
import { AGREEMENT_V1, AGREEMENT_V2, POLICY_V1, POLICY_V2, catalog, grantBody } from './fixtures';

function statusAfter(bodies: EntryBody[]) {
  return consentStatus(catalog, chainEntries(null, bodies).head);
}

const stateOf = (status: ReturnType<typeof statusAfter>, id: string) => status.documents.find((d) => d.id === id);

describe('consentStatus', () => {
  it('asks a person who never decided, for the launch documents only', () => {
    const status = consentStatus(catalog, null);
    expect(status.accepted).toBe(false);
    expect(status.documents.map((d) => [d.id, d.state, d.needsConsent])).toEqual([
      ['user-agreement', 'none', true],
      ['privacy-policy', 'none', true],
    ]);
    expect(status.head).toEqual({ seq: 0, hash: '0'.repeat(64) });
    expect(status.sensitive.every((s) => !s.granted)).toBe(true);
  });

  it('accepts a person who granted both current versions', () => {
    const status = statusAfter([grantBody(AGREEMENT_V2), grantBody(POLICY_V2)]);
    expect(status.accepted).toBe(true);
    expect(stateOf(status, 'user-agreement')).toMatchObject({ state: 'granted', grantedVersion: AGREEMENT_V2.version });
  });

  describe('when a newer version exists', () => {
    it('asks again if that version requires re-consent', () => {
      const status = statusAfter([grantBody(AGREEMENT_V1), grantBody(POLICY_V2)]);
      expect(stateOf(status, 'user-agreement')).toMatchObject({
        state: 'outdated',
        grantedVersion: AGREEMENT_V1.version,
        currentVersion: AGREEMENT_V2.version,
        needsConsent: true,
        changeSummary: AGREEMENT_V2.changeSummary,
      });
      expect(status.accepted).toBe(false);
    });

    it('does not ask again for a change that needs no re-consent', () => {
      const status = statusAfter([grantBody(AGREEMENT_V2), grantBody(POLICY_V1)]);
      expect(stateOf(status, 'privacy-policy')).toMatchObject({ state: 'outdated', needsConsent: false });
      expect(status.accepted).toBe(true);
    });
  });

  it('asks again after a withdrawal', () => {
    const status = statusAfter([
      grantBody(AGREEMENT_V2),
      grantBody(POLICY_V2),
      { ...grantBody(POLICY_V2), action: 'withdraw' },
    ]);
    expect(stateOf(status, 'privacy-policy')).toMatchObject({
      state: 'withdrawn',
      needsConsent: true,
      grantedVersion: null,
    });
    expect(status.accepted).toBe(false);
    expect(status.head.seq).toBe(3);
  });

  it('shows each sensitive purpose on its own', () => {
    const face: EntryBody = {
      ...grantBody(POLICY_V2),
      subject: {
        kind: 'sensitive',
        purpose: 'face-verification',
        documentId: 'privacy-policy',
        version: POLICY_V2.version,
        sha256: POLICY_V2.sha256,
      },
      purposes: ['face-verification'],
    };
    const status = statusAfter([grantBody(AGREEMENT_V2), grantBody(POLICY_V2), face]);
    expect(status.sensitive.filter((s) => s.granted).map((s) => s.purpose)).toEqual(['face-verification']);
  });
});

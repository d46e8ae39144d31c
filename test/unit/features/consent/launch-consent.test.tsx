import type { ConsentStatusOutput, DocumentStatus } from '../../../../cloudfunctions/lib/contract/consent';
import {
  acceptLaunchConsent,
  changedDocuments,
  declineLaunchConsent,
  readLaunchConsent,
  syncLaunchConsent,
} from '../../../../src/features/consent/launch-consent';
import { AGREEMENT_V1, CURRENT_POLICIES } from '../../../fixtures/policies-two-versions';

jest.mock('../../../../policies/generated', () => jest.requireActual('../../../fixtures/policies-two-versions'));
jest.mock('../../../../policies/generated/launch', () => jest.requireActual('../../../fixtures/policies-two-versions'));

const now = new Date('2026-12-02T00:00:00Z');

function cacheAgreed(versions: Record<string, string>) {
  const documents = Object.entries(versions).map(([id, version]) => ({ id, version }));
  localStorage.setItem('consent.accepted', JSON.stringify({ data: { version: '', acceptedAt: '', documents } }));
}

function doc(
  id: 'user-agreement' | 'privacy-policy',
  state: DocumentStatus['state'],
  grantedVersion: string | null,
): DocumentStatus {
  const current = CURRENT_POLICIES[id];
  return {
    id,
    title: current.title,
    currentVersion: current.version,
    effectiveDate: current.effectiveDate,
    sha256: current.sha256,
    changeSummary: current.changeSummary,
    reconsentRequired: current.reconsentRequired,
    state,
    grantedVersion,
    needsConsent: state !== 'granted',
    at: null,
  };
}

const status = (documents: DocumentStatus[]): ConsentStatusOutput => ({
  documents,
  sensitive: [],
  accepted: documents.every((d) => !d.needsConsent),
  head: { seq: 2, hash: 'a'.repeat(64) },
});

describe('launch consent cache', () => {
  beforeEach(() => localStorage.clear());

  it('is undecided at first launch, accepted after agreeing, declined after declining', () => {
    expect(readLaunchConsent()).toBe('undecided');
    acceptLaunchConsent(now);
    expect(readLaunchConsent()).toBe('accepted');
    declineLaunchConsent(now);
    expect(readLaunchConsent()).toBe('declined');
  });

  describe('when a version agreed to has been superseded by one that asks again', () => {
    it('is outdated and names the changed document with the version agreed to', () => {
      cacheAgreed({
        'user-agreement': AGREEMENT_V1.version,
        'privacy-policy': CURRENT_POLICIES['privacy-policy'].version,
      });
      expect(readLaunchConsent()).toBe('outdated');
      expect(changedDocuments().map((c) => [c.current.id, c.previous?.version])).toEqual([
        ['user-agreement', AGREEMENT_V1.version],
      ]);
    });
  });

  it('reads a cache written before it listed documents', () => {
    const key = `user-agreement@${AGREEMENT_V1.version}#x+privacy-policy@${CURRENT_POLICIES['privacy-policy'].version}#y`;
    localStorage.setItem('consent.accepted', JSON.stringify({ data: { version: key, acceptedAt: '' } }));
    expect(readLaunchConsent()).toBe('outdated');
  });

  describe('syncLaunchConsent', () => {
    it('turns a withdrawal made elsewhere into the guest state', () => {
      acceptLaunchConsent(now);
      expect(
        syncLaunchConsent(
          status([doc('user-agreement', 'withdrawn', null), doc('privacy-policy', 'withdrawn', null)]),
          now,
        ),
      ).toBe('declined');
    });

    it('asks again when the ledger has no record', () => {
      acceptLaunchConsent(now);
      expect(
        syncLaunchConsent(status([doc('user-agreement', 'none', null), doc('privacy-policy', 'none', null)]), now),
      ).toBe('undecided');
    });

    it("keeps the ledger's versions, so an old one is asked again", () => {
      const synced = syncLaunchConsent(
        status([
          doc('user-agreement', 'outdated', AGREEMENT_V1.version),
          doc('privacy-policy', 'granted', CURRENT_POLICIES['privacy-policy'].version),
        ]),
        now,
      );
      expect(synced).toBe('outdated');
    });
  });
});

import { documentInEffect, inEffect, refreshInEffect } from '../../../../src/features/consent/in-effect';
import { policyApi } from '../../../../src/features/consent/policy-api';
import {
  AGREEMENT_V1,
  CURRENT_LAUNCH_POLICIES,
  CURRENT_POLICIES,
  POLICY_DOCUMENTS,
} from '../../../fixtures/policies-two-versions';

jest.mock('../../../../policies/generated', () => jest.requireActual('../../../fixtures/policies-two-versions'));
jest.mock('../../../../policies/generated/launch', () => {
  const two = jest.requireActual('../../../fixtures/policies-two-versions');
  return { ...two, CURRENT_LAUNCH_POLICIES: { ...two.CURRENT_LAUNCH_POLICIES, 'user-agreement': two.AGREEMENT_V1 } };
});
jest.mock('../../../../src/features/consent/policy-api', () => ({ policyApi: { current: jest.fn() } }));

type Doc = typeof AGREEMENT_V1;
const summary = (doc: Doc, over: Partial<Doc> = {}) => {
  const { id, title, version, effectiveDate, sha256, changeSummary, reconsentRequired } = { ...doc, ...over };
  return { id, title, version, effectiveDate, sha256, changeSummary, reconsentRequired };
};
const cloudSays = (...policies: ReturnType<typeof summary>[]) =>
  jest.mocked(policyApi.current).mockResolvedValue({ ok: true, data: { policies } });

describe('in-effect', () => {
  beforeEach(() => localStorage.clear());

  describe('when the cloud has not answered', () => {
    it("shows this build's own version", () => {
      expect(documentInEffect('user-agreement').version).toBe(AGREEMENT_V1.version);
    });
  });

  describe('when the cloud says a version this build ships is in force', () => {
    it('shows that version with the publication’s effective date', async () => {
      const v2 = CURRENT_LAUNCH_POLICIES['user-agreement'];
      cloudSays(summary(v2, { effectiveDate: '2026-11-30' }));
      await refreshInEffect();
      expect(documentInEffect('user-agreement')).toMatchObject({ version: v2.version, effectiveDate: '2026-11-30' });
    });

    it('keeps the build’s version when the cloud’s hash differs from the shipped text', async () => {
      const v2 = CURRENT_LAUNCH_POLICIES['user-agreement'];
      cloudSays(summary(v2, { sha256: 'f'.repeat(64) }));
      await refreshInEffect();
      expect(documentInEffect('user-agreement').version).toBe(AGREEMENT_V1.version);
    });
  });

  describe('for a document outside the launch set (the SDK list)', () => {
    it('reads the version in force from the documents the caller passes', async () => {
      const sdk = CURRENT_POLICIES['sdk-list'];
      cloudSays(summary(sdk, { effectiveDate: '2026-12-01' }));
      await refreshInEffect();
      expect(inEffect('sdk-list', POLICY_DOCUMENTS, sdk).effectiveDate).toBe('2026-12-01');
      expect(inEffect('sdk-list', [], sdk).effectiveDate).toBe(sdk.effectiveDate);
    });
  });
});

/** Separate consent per sensitive purpose (PIPL art. 29) and the guardian path for a minor's data. */
import type { ConsentStatusOutput, RecordConsentOutput } from '../../../cloudfunctions/lib/contract/consent';
import { CURRENT_POLICIES } from '../../../policies/generated';
import { useConsentCloud } from './consent-cloud';
import { ALICE, launchGrant, ref } from './consent-inputs';

const consent = useConsentCloud();
const sensitive = (purpose: string, extra: Record<string, unknown> = {}) => ({
  purpose,
  policy: ref('privacy-policy'),
  channel: 'feature',
  ...extra,
});

const granted = async () => {
  const status = await consent().call<ConsentStatusOutput>(ALICE, 'status');
  return status.ok ? status.data.sensitive.filter((s) => s.granted).map((s) => s.purpose) : null;
};

describe('separate consent to sensitive personal information', () => {
  it('needs the privacy policy first, and changes nothing without it', async () => {
    const result = await consent().call(ALICE, 'grantSensitive', sensitive('face-verification'));
    expect(result).toMatchObject({ ok: false, error: { code: 'CONSENT.BASE_REQUIRED' } });
    expect(await consent().entries(ALICE)).toEqual([]);
  });

  describe('after the launch documents', () => {
    beforeEach(async () => {
      await consent().call(ALICE, 'grant', launchGrant);
    });

    it('records each purpose on its own, against the policy version in force', async () => {
      for (const purpose of ['face-verification', 'id-number', 'bank-account', 'location']) {
        const result = await consent().call<RecordConsentOutput>(ALICE, 'grantSensitive', sensitive(purpose));
        expect(result.ok && result.data.receipts[0]).toMatchObject({
          subject: {
            kind: 'sensitive',
            purpose,
            documentId: 'privacy-policy',
            version: CURRENT_POLICIES['privacy-policy'].version,
          },
          purposes: [purpose],
        });
      }
      expect(await granted()).toEqual(['face-verification', 'id-number', 'bank-account', 'location']);
    });

    it('withdraws one purpose and keeps the others and the general consent', async () => {
      await consent().call(ALICE, 'grantSensitive', sensitive('face-verification'));
      await consent().call(ALICE, 'grantSensitive', sensitive('location'));
      expect(
        await consent().call(ALICE, 'withdrawSensitive', { purpose: 'location', channel: 'privacy-center' }),
      ).toMatchObject({ ok: true });
      expect(await granted()).toEqual(['face-verification']);
      expect(await consent().call(ALICE, 'status')).toMatchObject({ ok: true, data: { accepted: true } });
    });

    it('refuses a withdrawal of a purpose never granted', async () => {
      const result = await consent().call(ALICE, 'withdrawSensitive', {
        purpose: 'bank-account',
        channel: 'privacy-center',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'CONSENT.NOT_GRANTED' } });
      expect(await consent().entries(ALICE)).toHaveLength(2);
    });

    it.each([
      [
        'a consent pointing at the user agreement',
        sensitive('location', { policy: ref('user-agreement') }),
        'CONSENT.POLICY_MISMATCH',
      ],
      [
        'a stale policy hash',
        sensitive('location', { policy: { ...ref('privacy-policy'), sha256: 'f'.repeat(64) } }),
        'CONSENT.HASH_MISMATCH',
      ],
      ['an unknown purpose', sensitive('health'), 'REQUEST.INVALID_INPUT'],
    ])('refuses %s', async (_what, input, code) => {
      expect(await consent().call(ALICE, 'grantSensitive', input)).toMatchObject({ ok: false, error: { code } });
      expect(await consent().entries(ALICE)).toHaveLength(2);
    });

    describe("for a minor's data", () => {
      it('requires the guardian', async () => {
        const result = await consent().call(ALICE, 'grantSensitive', sensitive('minor-data'));
        expect(result).toMatchObject({ ok: false, error: { code: 'CONSENT.GUARDIAN_REQUIRED' } });
      });

      it("records the guardian's consent in the entry and its receipt", async () => {
        const guardian = { name: '陈大文', relationship: 'parent' };
        const result = await consent().call<RecordConsentOutput>(
          ALICE,
          'grantSensitive',
          sensitive('minor-data', { guardian }),
        );
        expect(result.ok && result.data.receipts[0]?.guardian).toEqual(guardian);
        expect((await consent().entries(ALICE))[2]?.guardian).toEqual(guardian);
        expect(await granted()).toEqual(['minor-data']);
      });
    });
  });
});

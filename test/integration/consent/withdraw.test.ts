/** Withdrawal, as easy as giving consent, and the separate consents that rest on the policy. */
import type {
  ConsentHistoryOutput,
  ConsentStatusOutput,
  RecordConsentOutput,
} from '../../../cloudfunctions/lib/contract/consent';
import { useConsentCloud } from './consent-cloud';
import { ALICE, launchGrant, ref, withdrawAll } from './consent-inputs';

const consent = useConsentCloud();
const sensitive = (purpose: string) => ({ purpose, policy: ref('privacy-policy'), channel: 'feature' });

describe('consent withdrawal', () => {
  it('withdraws both documents and the separate consents built on the policy', async () => {
    await consent().call(ALICE, 'grant', launchGrant);
    await consent().call(ALICE, 'grantSensitive', sensitive('location'));
    const withdrawn = await consent().call<RecordConsentOutput>(ALICE, 'withdraw', withdrawAll);
    expect(withdrawn.ok && withdrawn.data.receipts.map((r) => [r.seq, r.action, r.subject.kind])).toEqual([
      [4, 'withdraw', 'document'],
      [5, 'withdraw', 'document'],
      [6, 'withdraw', 'sensitive'],
    ]);
    const status = await consent().call<ConsentStatusOutput>(ALICE, 'status');
    expect(status.ok && status.data.accepted).toBe(false);
    expect(status.ok && status.data.documents.map((d) => d.state)).toEqual(['withdrawn', 'withdrawn']);
    expect(status.ok && status.data.sensitive.some((s) => s.granted)).toBe(false);
    const history = await consent().call<ConsentHistoryOutput>(ALICE, 'history');
    expect(history.ok && history.data.entries.map((e) => e.action)).toEqual([
      'withdraw',
      'withdraw',
      'withdraw',
      'grant',
      'grant',
      'grant',
    ]);
  });

  it('agreeing again after a withdrawal continues the same chain', async () => {
    await consent().call(ALICE, 'grant', launchGrant);
    await consent().call(ALICE, 'withdraw', withdrawAll);
    const again = await consent().call<RecordConsentOutput>(ALICE, 'grant', launchGrant);
    expect(again.ok && again.data.receipts.map((r) => r.seq)).toEqual([5, 6]);
    expect(await consent().call(ALICE, 'status')).toMatchObject({ ok: true, data: { accepted: true } });
  });

  it('refuses to withdraw what was never given, and changes nothing', async () => {
    const result = await consent().call(ALICE, 'withdraw', withdrawAll);
    expect(result).toMatchObject({ ok: false, error: { code: 'CONSENT.NOT_GRANTED' } });
    expect(await consent().entries(ALICE)).toEqual([]);
  });

  it('refuses a second withdrawal of the same document, and changes nothing', async () => {
    await consent().call(ALICE, 'grant', launchGrant);
    await consent().call(ALICE, 'withdraw', withdrawAll);
    const again = await consent().call(ALICE, 'withdraw', {
      documentIds: ['privacy-policy'],
      channel: 'privacy-center',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONSENT.NOT_GRANTED' } });
    expect(await consent().entries(ALICE)).toHaveLength(4);
  });
});

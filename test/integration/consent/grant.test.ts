/** Granting and reading consent through the real SDK, against the local cloud. */
import type {
  ConsentHistoryOutput,
  ConsentStatusOutput,
  RecordConsentOutput,
} from '../../../cloudfunctions/lib/contract/consent';
import { CURRENT_POLICIES } from '../../../policies/generated';
import { useConsentCloud } from './consent-cloud';

const consent = useConsentCloud();
const ALICE = 'oAlice0000001';
const BOB = 'oBob000000001';

const ref = (id: 'user-agreement' | 'privacy-policy') => {
  const { version, sha256 } = CURRENT_POLICIES[id];
  return { id, version, sha256 };
};
const launchGrant = {
  documents: [ref('user-agreement'), ref('privacy-policy')],
  purposes: ['basic-service'],
  channel: 'launch-gate',
  device: { brand: 'Apple', model: 'iPhone 15', system: 'iOS 18.1', platform: 'ios' },
};

describe('consent grant', () => {
  it('records both documents with version, hash, server time, ip and device', async () => {
    const before = Date.now();
    const result = await consent().call<RecordConsentOutput>(ALICE, 'grant', launchGrant);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.receipts.map((r) => [r.seq, r.action, r.subject.documentId, r.subject.version])).toEqual([
      [1, 'grant', 'user-agreement', CURRENT_POLICIES['user-agreement'].version],
      [2, 'grant', 'privacy-policy', CURRENT_POLICIES['privacy-policy'].version],
    ]);
    const entries = await consent().entries(ALICE);
    expect(entries).toHaveLength(2);
    const [first] = entries;
    expect(first).toMatchObject({
      openid: ALICE,
      subject: { kind: 'document', documentId: 'user-agreement', sha256: CURRENT_POLICIES['user-agreement'].sha256 },
      clientIp: expect.stringMatching(/\d/),
      source: 'wx_client',
      device: launchGrant.device,
      prevHash: '0'.repeat(64),
    });
    expect(Date.parse(first?.at ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(entries[1]?.prevHash).toBe(first?.hash);
  });

  it('answers status from the head of my chain, and history newest first with receipts', async () => {
    const granted = await consent().call<RecordConsentOutput>(ALICE, 'grant', launchGrant);
    const status = await consent().call<ConsentStatusOutput>(ALICE, 'status');
    expect(status).toMatchObject({ ok: true, data: { accepted: true, head: { seq: 2 } } });
    const history = await consent().call<ConsentHistoryOutput>(ALICE, 'history', { limit: 1 });
    expect(history.ok && history.data.entries.map((e) => e.seq)).toEqual([2]);
    expect(history.ok && history.data.nextBeforeSeq).toBe(2);
    const older = await consent().call<ConsentHistoryOutput>(ALICE, 'history', { limit: 1, beforeSeq: 2 });
    expect(older.ok && older.data.entries[0]?.hash).toBe(granted.ok && granted.data.receipts[0]?.hash);
    expect(older.ok && older.data.nextBeforeSeq).toBeNull();
  });

  it("keeps each person's chain apart", async () => {
    await consent().call(ALICE, 'grant', launchGrant);
    const bob = await consent().call<ConsentStatusOutput>(BOB, 'status');
    expect(bob).toMatchObject({ ok: true, data: { accepted: false, head: { seq: 0 } } });
    const history = await consent().call<ConsentHistoryOutput>(BOB, 'history');
    expect(history).toEqual({ ok: true, data: { entries: [], nextBeforeSeq: null } });
  });

  it('links concurrent grants by one person into a single chain', async () => {
    await consent().call(BOB, 'status');
    const GRANTS = 3;
    const results = await Promise.all(
      Array.from({ length: GRANTS }, () => consent().call<RecordConsentOutput>(ALICE, 'grant', launchGrant)),
    );
    const recorded = results.filter((r) => r.ok).length;
    const entries = await consent().entries(ALICE);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: recorded * 2 }, (_, i) => i + 1));
    for (let i = 1; i < entries.length; i++) expect(entries[i]?.prevHash).toBe(entries[i - 1]?.hash);
    for (const r of results) if (!r.ok) expect(r.error.code).toBe('CONSENT.LEDGER_BUSY');
    // A chain of one grant links nothing: at least two concurrent grants must have landed
    // (the ledger retries a lost race), or this test would pass with a single grant.
    expect(recorded).toBeGreaterThanOrEqual(2);
  });
});

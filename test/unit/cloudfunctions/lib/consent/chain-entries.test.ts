import { chainEntries } from '../../../../../cloudfunctions/lib/consent/chain-entries';
import { GENESIS_HASH } from '../../../../../cloudfunctions/lib/consent/ledger-entry';
import { hashEntry } from '../../../../../cloudfunctions/lib/consent/ledger-hash';
import { AGREEMENT_V2, POLICY_V2, grantBody } from './fixtures';

describe('chainEntries', () => {
  describe('when the chain is empty', () => {
    it('starts at 1 after the genesis hash, each entry linked to the one before', () => {
      const { entries, head } = chainEntries(null, [grantBody(AGREEMENT_V2), grantBody(POLICY_V2)]);
      expect(entries.map((e) => e.seq)).toEqual([1, 2]);
      expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
      expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
      expect(entries.map((e) => e._id)).toEqual(['o-alice:0000000001', 'o-alice:0000000002']);
      for (const entry of entries) expect(entry.hash).toBe(hashEntry(entry));
      expect(head).toMatchObject({ seq: 2, hash: entries[1]?.hash, updatedAt: '2026-11-29T04:00:00.000Z' });
    });

    it('keeps the latest decision per document in the head', () => {
      const { head } = chainEntries(null, [grantBody(AGREEMENT_V2), grantBody(POLICY_V2)]);
      expect(head.state.documents['user-agreement']).toEqual({
        action: 'grant',
        version: AGREEMENT_V2.version,
        sha256: AGREEMENT_V2.sha256,
        at: '2026-11-29T04:00:00.000Z',
        seq: 1,
      });
      expect(head.state.documents['privacy-policy']?.seq).toBe(2);
    });
  });

  it('continues an existing chain from its head', () => {
    const first = chainEntries(null, [grantBody(AGREEMENT_V2)]);
    const { entries, head } = chainEntries(first.head, [{ ...grantBody(AGREEMENT_V2), action: 'withdraw' }]);
    expect(entries[0]).toMatchObject({ seq: 2, prevHash: first.head.hash });
    expect(head.state.documents['user-agreement']?.action).toBe('withdraw');
  });
});

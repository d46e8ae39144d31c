import { chainEntries } from '../../../../../cloudfunctions/lib/consent/chain-entries';
import { hashEntry } from '../../../../../cloudfunctions/lib/consent/ledger-hash';
import { verifyChain } from '../../../../../cloudfunctions/lib/consent/verify-chain';
import { AGREEMENT_V2, POLICY_V2, grantBody } from './fixtures';

function chainOf(length: number) {
  const bodies = Array.from({ length }, (_, i) => grantBody(i % 2 ? POLICY_V2 : AGREEMENT_V2));
  return chainEntries(null, bodies);
}

describe('verifyChain', () => {
  it('finds an untouched chain intact', () => {
    const { entries, head } = chainOf(4);
    expect(verifyChain(entries, head)).toEqual({ intact: true, length: 4, headHash: head.hash, problems: [] });
  });

  it('finds an empty chain with no head intact', () => {
    expect(verifyChain([], null)).toMatchObject({ intact: true, length: 0, problems: [] });
  });

  describe('when an entry was edited', () => {
    it('reports the edited entry', () => {
      const { entries, head } = chainOf(4);
      const edited = entries.map((e) => (e.seq === 2 ? { ...e, at: '2020-01-01T00:00:00.000Z' } : e));
      expect(verifyChain(edited, head).problems).toEqual([{ seq: 2, kind: 'entry-altered' }]);
    });

    it('reports the broken link when the editor also recomputed the hash', () => {
      const { entries, head } = chainOf(4);
      const edited = entries.map((e) => {
        if (e.seq !== 2) return e;
        const forged = { ...e, subject: { ...e.subject, version: '2021-11-15' } };
        return { ...forged, hash: hashEntry(forged) };
      });
      expect(verifyChain(edited, head).problems).toEqual([{ seq: 3, kind: 'link-broken' }]);
    });
  });

  describe('when an entry was deleted', () => {
    it('reports a gap in the middle', () => {
      const { entries, head } = chainOf(4);
      const result = verifyChain(
        entries.filter((e) => e.seq !== 2),
        head,
      );
      expect(result.intact).toBe(false);
      expect(result.problems).toEqual([{ seq: 2, kind: 'entry-missing' }]);
    });

    it('reports entries cut off the end, which only the head remembers', () => {
      const { entries, head } = chainOf(4);
      expect(verifyChain(entries.slice(0, 2), head).problems).toEqual([
        { seq: 3, kind: 'entry-missing' },
        { seq: 4, kind: 'entry-missing' },
      ]);
    });

    it('reports a head that no longer matches the last entry', () => {
      const { entries, head } = chainOf(3);
      expect(verifyChain(entries, { ...head, hash: 'f'.repeat(64) }).problems).toEqual([
        { seq: 3, kind: 'head-mismatch' },
      ]);
    });

    it('reports a head whose cached state was edited to say something the chain does not', () => {
      const { entries, head } = chainOf(2);
      const forged = { ...head, state: { ...head.state, documents: {} } };
      expect(verifyChain(entries, forged).problems).toEqual([{ seq: 2, kind: 'head-mismatch' }]);
    });

    it('reports a removed head', () => {
      const { entries } = chainOf(2);
      expect(verifyChain(entries, null).problems).toEqual([{ seq: 2, kind: 'head-missing' }]);
    });
  });
});

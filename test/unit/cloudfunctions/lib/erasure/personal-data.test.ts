import { DECLARED_COLLECTIONS } from '../../../../../config/cloud/collections';
import { INDEXES } from '../../../../../config/cloud/indexes';
import { RETENTION_COLLECTIONS } from '../../../../../config/retention';
import { ERASABLE_DATA } from '../../../../../cloudfunctions/lib/contract/privacy';
import { PERSONAL_DATA, holdingsOf, keptByLaw } from '../../../../../cloudfunctions/lib/erasure/personal-data';

describe('PERSONAL_DATA', () => {
  it('places every declared collection, and nothing else', () => {
    expect(Object.keys(PERSONAL_DATA).sort()).toEqual(DECLARED_COLLECTIONS.map((c) => c.name).sort());
  });

  it('finds every erased record by its id or a declared index on its owner', () => {
    for (const [collection, h] of Object.entries(PERSONAL_DATA)) {
      if (h.kind !== 'erase' || h.owner === '_id') continue;
      const served = INDEXES.some((i) => i.collection === collection && i.fields[0] === h.owner);
      expect([collection, served]).toEqual([collection, true]);
    }
  });

  it('erases each kind a deletion request can name somewhere', () => {
    for (const data of ERASABLE_DATA) expect([data, holdingsOf(data).length > 0]).toEqual([data, true]);
  });

  it('keeps only what the retention table does not purge early for the same owner: records of matters, chains, the law', () => {
    const keptBases = keptByLaw().map((k) => k.basis);
    for (const name of ['service_requests', 'request_events', 'agent_grants', 'enterprises'] as const) {
      expect(PERSONAL_DATA[name].kind).toBe('kept');
      expect(keptBases).toContain(RETENTION_COLLECTIONS[name].basis);
    }
    expect(keptByLaw().map((k) => k.what)).toContain(RETENTION_COLLECTIONS.consents.what);
  });
});

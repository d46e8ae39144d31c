import { bundledCatalog } from '../../../../../cloudfunctions/lib/consent/policy-catalog';
import { CURRENT_POLICIES } from '../../../../../policies/generated';
import { AGREEMENT_V1, AGREEMENT_V2, catalog } from './fixtures';

describe('catalogOf', () => {
  it('finds any shipped version and the one in force', () => {
    expect(catalog.find('user-agreement', AGREEMENT_V1.version)?.sha256).toBe(AGREEMENT_V1.sha256);
    expect(catalog.current('user-agreement')?.version).toBe(AGREEMENT_V2.version);
    expect(catalog.current('toString')).toBeUndefined();
  });

  it('lists the versions after a given one, up to the one in force', () => {
    expect(catalog.newerThan('user-agreement', AGREEMENT_V1.version).map((v) => v.version)).toEqual([
      AGREEMENT_V2.version,
    ]);
    expect(catalog.newerThan('user-agreement', AGREEMENT_V2.version)).toEqual([]);
  });
});

describe('bundledCatalog', () => {
  it('is the generated policies module', () => {
    for (const doc of Object.values(CURRENT_POLICIES)) {
      expect(bundledCatalog.current(doc.id)).toMatchObject({ version: doc.version, sha256: doc.sha256 });
    }
  });
});

import { MATTER_SEED } from '../../../../../config/matters';
import { checkedMatterSeed } from '../../../../../cloudfunctions/lib/matters/matter-seed';

describe('checkedMatterSeed', () => {
  it('accepts the configured catalog: 8–12 matters with unique codes', () => {
    const matters = checkedMatterSeed();
    expect(matters.length).toBeGreaterThanOrEqual(8);
    expect(matters.length).toBeLessThanOrEqual(12);
    expect(new Set(matters.map((m) => m.code)).size).toBe(matters.length);
  });

  it('offers both a person matter and agent matters, each with materials and fields', () => {
    const matters = checkedMatterSeed();
    expect(matters.some((m) => m.applicants.includes('person'))).toBe(true);
    expect(matters.some((m) => m.applicants.includes('agent'))).toBe(true);
    for (const m of matters) {
      expect(m.materials.some((x) => x.required)).toBe(true);
      expect(m.fields.length).toBeGreaterThan(0);
    }
  });

  describe('when the config is broken, it fails loudly naming the place', () => {
    const first = MATTER_SEED[0]!;
    it.each([
      ['a duplicate code', [first, first], /BIZ-CHANGE listed twice/],
      [
        'a material listed twice',
        [{ ...first, materials: [first.materials[0], first.materials[0]] }],
        /material .* twice/,
      ],
      [
        'a bad material kind',
        [{ ...first, materials: [{ ...first.materials[0], kinds: ['exe'] }] }],
        /materials\.0\.kinds\.0/,
      ],
      [
        'a min above max',
        [{ ...first, fields: [{ key: 'n', label: 'n', type: 'number', required: true, min: 5, max: 1 }] }],
        /min > max/,
      ],
      ['an unknown key', [{ ...first, secret: true }], /config\/matters\.ts/],
    ])('%s', (_name, seed, message) => {
      expect(() => checkedMatterSeed(seed as unknown[])).toThrow(message);
    });
  });
});

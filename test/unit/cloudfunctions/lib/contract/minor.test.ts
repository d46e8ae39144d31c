import { ageBand, ageOn } from '../../../../../cloudfunctions/lib/contract/minor';

describe('ageOn', () => {
  it('counts a birthday from midnight in Beijing', () => {
    // 2026-11-28T16:00Z is 2026-11-29 00:00 in Beijing.
    expect(ageOn('2012-11-29', new Date('2026-11-28T15:59:59Z'))).toBe(13);
    expect(ageOn('2012-11-29', new Date('2026-11-28T16:00:00Z'))).toBe(14);
  });

  it('refuses what is not a date', () => {
    expect(() => ageOn('29/11/2012', new Date())).toThrow(RangeError);
  });
});

describe('ageBand', () => {
  const now = new Date('2026-11-29T04:00:00Z');
  it.each([
    ['2013-01-01', 'child'],
    ['2012-11-29', 'teen'],
    ['2008-11-30', 'teen'],
    ['2008-11-29', 'adult'],
  ])('puts someone born %s in %s', (birthDate, band) => {
    expect(ageBand(birthDate, now)).toBe(band);
  });
});

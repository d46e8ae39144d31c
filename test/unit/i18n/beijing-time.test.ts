import { beijingDate, beijingDateTime, calendarDay } from '../../../src/i18n/beijing-time';

describe('Beijing time, written as Chinese government services write it', () => {
  it('a UTC instant late in the evening is already the next Beijing day', () => {
    expect(beijingDateTime('2026-12-01T16:05:00.000Z')).toBe('2026年12月2日 00:05');
    expect(beijingDate('2026-12-01T16:05:00.000Z')).toBe('2026年12月2日');
    expect(beijingDateTime('2026-12-01T15:59:00Z')).toBe('2026年12月1日 23:59');
  });

  it('crosses a year the same way, and takes Date objects and epoch milliseconds', () => {
    const instant = Date.UTC(2026, 11, 31, 16, 30);
    expect(beijingDateTime(instant)).toBe('2027年1月1日 00:30');
    expect(beijingDateTime(new Date(instant))).toBe('2027年1月1日 00:30');
  });

  it('writes months and days without leading zeros and minutes with them', () => {
    expect(beijingDateTime('2026-03-04T01:05:00Z')).toBe('2026年3月4日 09:05');
  });

  it('leaves a calendar day unshifted, and shows nothing for what is not a time', () => {
    expect(calendarDay('2026-12-02')).toBe('2026年12月2日');
    expect(calendarDay('2021-11-15')).toBe('2021年11月15日');
    expect(beijingDateTime('not a time')).toBe('');
  });
});

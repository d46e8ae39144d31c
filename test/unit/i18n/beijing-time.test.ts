import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { beijingDate, beijingDateTime, calendarDay } from '../../../src/i18n/beijing-time';

dayjs.extend(utc);

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

describe('without dayjs in the main package', () => {
  const byDayjs = (at: string | number) => {
    const d = dayjs.utc(at).utcOffset(8 * 60);
    return d.isValid() ? `${d.year()}年${d.month() + 1}月${d.date()}日 ${d.format('HH:mm')}` : '';
  };

  it('reads the instants the cloud and the pages pass exactly as dayjs.utc did', () => {
    const inputs = [
      '2026-12-01T16:05:00.000Z',
      '2026-12-01T16:05:00+08:00',
      '2026-12-01T23:59:59.999-05:00',
      '2026-12-01T16:05:00',
      '2026-12-01 16:05',
      '2026-12-01',
      '2026-02-30T10:00:00Z',
      'yesterday',
      '',
    ];
    expect(inputs.map(beijingDateTime)).toEqual(inputs.map(byDayjs));
  });

  it('agrees with dayjs on instants across decades', () => {
    const start = Date.UTC(1992, 0, 1);
    const step = 7_919_993_407; // ~92 days and an odd number of milliseconds, so every hour and minute comes round
    for (let at = start; at < Date.UTC(2060, 0, 1); at += step) {
      expect([at, beijingDateTime(at)]).toEqual([at, byDayjs(at)]);
    }
  });
});

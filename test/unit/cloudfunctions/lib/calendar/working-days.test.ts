import fc from 'fast-check';
import { HOLIDAY_YEARS } from '../../../../../config/holidays';
import { shanghaiDate } from '../../../../../cloudfunctions/lib/contract/shanghai-date';
import { workingCalendar } from '../../../../../cloudfunctions/lib/calendar/working-days';

const calendar = workingCalendar();

describe('workingCalendar', () => {
  describe('when a day is a weekday, a weekend, a holiday or a make-up day', () => {
    it('counts ordinary weekdays and not weekends', () => {
      expect(calendar.isWorkingDay('2026-11-27')).toBe(true); // Friday
      expect(calendar.isWorkingDay('2026-11-28')).toBe(false); // Saturday
      expect(calendar.isWorkingDay('2026-11-29')).toBe(false); // Sunday
    });

    it('skips the published holidays, weekdays included', () => {
      expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Spring Festival, Monday
      expect(calendar.isWorkingDay('2026-10-05')).toBe(false); // National Day, Monday
      expect(calendar.isWorkingDay('2025-10-08')).toBe(false); // National Day + Mid-Autumn 2025
    });

    it('works the make-up Saturdays and Sundays', () => {
      expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday
      expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // Sunday
      expect(calendar.isWorkingDay('2025-01-26')).toBe(true); // Sunday
    });
  });

  describe('addWorkingDays', () => {
    it('does not count the start day', () => {
      expect(calendar.addWorkingDays('2026-11-23', 1)).toBe('2026-11-24');
      expect(calendar.addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
    });

    it('crosses a weekend', () => {
      expect(calendar.addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
      expect(calendar.addWorkingDays('2026-11-27', 5)).toBe('2026-12-04');
    });

    it('crosses the Spring Festival 2026 and its make-up Saturdays', () => {
      // Fri 13 Feb → Sat 14 (make-up) is the first; 15–23 off; Tue 24 the second.
      expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
      expect(calendar.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
      // 24, 25, 26, 27 Feb, then Sat 28 (make-up) is the sixth.
      expect(calendar.addWorkingDays('2026-02-13', 6)).toBe('2026-02-28');
    });

    it('crosses National Day 2026', () => {
      // Wed 30 Sep; 1–7 Oct off; Thu 8, Fri 9, Sat 10 (make-up).
      expect(calendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    });

    it('refuses a negative or fractional count', () => {
      expect(() => calendar.addWorkingDays('2026-11-23', -1)).toThrow(RangeError);
      expect(() => calendar.addWorkingDays('2026-11-23', 1.5)).toThrow(RangeError);
    });

    it('always lands on a working day after the start, with exactly n working days in between', () => {
      const start = fc.date({
        min: new Date('2025-01-01T00:00:00Z'),
        max: new Date('2027-11-30T00:00:00Z'),
        noInvalidDate: true,
      });
      fc.assert(
        fc.property(start, fc.integer({ min: 1, max: 30 }), (at, n) => {
          const from = at.toISOString().slice(0, 10);
          const to = calendar.addWorkingDays(from, n);
          if (!calendar.isWorkingDay(to) || to <= from) return false;
          let count = 0;
          for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) < to;) {
            d = new Date(d.getTime() + 86_400_000);
            if (calendar.isWorkingDay(d.toISOString().slice(0, 10))) count += 1;
          }
          return count === n;
        }),
      );
    });
  });

  it('says which years are published and which are provisional', () => {
    expect(calendar.isConfirmed(2025)).toBe(true);
    expect(calendar.isConfirmed(2026)).toBe(true);
    expect(calendar.isConfirmed(2027)).toBe(false);
    expect(calendar.isConfirmed(2028)).toBe(false);
  });
});

describe('shanghaiDate', () => {
  it('turns an instant into the Asia/Shanghai calendar date', () => {
    expect(shanghaiDate(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29');
    expect(shanghaiDate(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30');
  });
});

describe('config/holidays', () => {
  it('lists each make-up day on a weekend and each holiday range in its own year, in order', () => {
    for (const y of HOLIDAY_YEARS) {
      for (const day of y.makeUpWorkdays) {
        expect(day.startsWith(String(y.year))).toBe(true);
        expect([0, 6]).toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
      }
      for (const [first, last] of y.off) {
        expect(first.startsWith(String(y.year))).toBe(true);
        expect(first <= last).toBe(true);
      }
    }
  });

  it('has the published day counts: 2025 and 2026 give 28 and 33 days off', () => {
    const days = (year: number) =>
      (HOLIDAY_YEARS.find((y) => y.year === year)?.off ?? []).reduce(
        (sum, [a, b]) => sum + (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000 + 1,
        0,
      );
    expect(days(2025)).toBe(1 + 8 + 3 + 5 + 3 + 8);
    expect(days(2026)).toBe(3 + 9 + 3 + 5 + 3 + 3 + 7);
  });
});

import { HOLIDAY_YEARS, type HolidayYear } from '../../../config/holidays';

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** The date `n` working days after `date` (the start day itself is not counted). */
  addWorkingDays(date: string, n: number): string;
  /** Whether the year's arrangement is published (false: provisional or not listed at all). */
  isConfirmed(year: number): boolean;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function expand([first, last]: readonly [string, string]): string[] {
  const days: string[] = [];
  for (let d = dayNumber(first); d <= dayNumber(last); d += 1) days.push(dateOf(d));
  return days;
}

/**
 * Weekends and listed holidays are off, listed make-up days are on. Years not listed count
 * weekends only (isConfirmed says so), which is what the bureau promises until the notice is out.
 * Calendar dates are counted as whole UTC days (no zone can shift them); the sets are built on
 * first use, so loading the function costs nothing.
 */
export function workingCalendar(years: readonly HolidayYear[] = HOLIDAY_YEARS): WorkingCalendar {
  let sets: { off: Set<string>; on: Set<string>; confirmed: Set<number> } | undefined;
  const tables = () =>
    (sets ??= {
      off: new Set(years.flatMap((y) => y.off.flatMap(expand))),
      on: new Set(years.flatMap((y) => y.makeUpWorkdays)),
      confirmed: new Set(years.filter((y) => !y.provisional).map((y) => y.year)),
    });
  const isWorkingDay = (date: string) => {
    const { on, off } = tables();
    if (on.has(date)) return true;
    if (off.has(date)) return false;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  return {
    isWorkingDay,
    addWorkingDays(date, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
      let day = dayNumber(date);
      if (!Number.isFinite(day)) throw new RangeError(`not a date: ${date}`);
      for (let left = n; left > 0;) {
        day += 1;
        if (isWorkingDay(dateOf(day))) left -= 1;
      }
      return dateOf(day);
    },
    isConfirmed: (year) => tables().confirmed.has(year),
  };
}

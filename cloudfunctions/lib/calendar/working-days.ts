import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { HOLIDAY_YEARS, type HolidayYear } from '../../../config/holidays';

dayjs.extend(utc);
dayjs.extend(timezone);

export const ZONE = 'Asia/Shanghai';

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** The date `n` working days after `date` (the start day itself is not counted). */
  addWorkingDays(date: string, n: number): string;
  /** Whether the year's arrangement is published (false: provisional or not listed at all). */
  isConfirmed(year: number): boolean;
}

/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant. */
export function shanghaiDate(at: Date | number): string {
  return dayjs(at).tz(ZONE).format('YYYY-MM-DD');
}

function expand([first, last]: readonly [string, string]): string[] {
  const days: string[] = [];
  for (let d = dayjs.utc(first); !d.isAfter(dayjs.utc(last)); d = d.add(1, 'day')) days.push(d.format('YYYY-MM-DD'));
  return days;
}

/**
 * Weekends and listed holidays are off, listed make-up days are on. Years not listed count
 * weekends only (isConfirmed says so), which is what the bureau promises until the notice is out.
 */
export function workingCalendar(years: readonly HolidayYear[] = HOLIDAY_YEARS): WorkingCalendar {
  const off = new Set(years.flatMap((y) => y.off.flatMap(expand)));
  const on = new Set(years.flatMap((y) => y.makeUpWorkdays));
  const confirmed = new Set(years.filter((y) => !y.provisional).map((y) => y.year));
  const isWorkingDay = (date: string) => {
    if (on.has(date)) return true;
    if (off.has(date)) return false;
    const weekday = dayjs.utc(date).day();
    return weekday !== 0 && weekday !== 6;
  };
  return {
    isWorkingDay,
    addWorkingDays(date, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
      let d = dayjs.utc(date);
      let left = n;
      while (left > 0) {
        d = d.add(1, 'day');
        if (isWorkingDay(d.format('YYYY-MM-DD'))) left -= 1;
      }
      return d.format('YYYY-MM-DD');
    },
    isConfirmed: (year) => confirmed.has(year),
  };
}

import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * The one formatter for every date and time a person reads: Beijing time (Asia/Shanghai), written
 * the way Chinese government services write it, 2026年12月2日 14:05. Asia/Shanghai has kept UTC+8
 * all year since 1991 (no daylight saving), so a fixed offset is exact for every instant the app
 * shows and needs no time-zone database on the phone, whatever zone the phone is set to.
 */
const BEIJING_OFFSET_MINUTES = 8 * 60;
const DATE = 'YYYY年M月D日';
const DATE_TIME = `${DATE} HH:mm`;

type Instant = Date | string | number;

const inBeijing = (at: Instant) => dayjs.utc(at).utcOffset(BEIJING_OFFSET_MINUTES);

/** An instant (ISO string, Date, epoch ms) as Beijing date and minute: 2026年12月2日 14:05. */
export function beijingDateTime(at: Instant): string {
  const day = inBeijing(at);
  return day.isValid() ? day.format(DATE_TIME) : '';
}

/** An instant's Beijing calendar day: 2026年12月2日. */
export function beijingDate(at: Instant): string {
  const day = inBeijing(at);
  return day.isValid() ? day.format(DATE) : '';
}

/**
 * A calendar day the cloud already fixed (YYYY-MM-DD: effective dates, due dates) written the same
 * way. It is a day, not an instant, so it is never shifted by any offset.
 */
export function calendarDay(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date;
}

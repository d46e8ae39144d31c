import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * The one Asia/Shanghai calendar date, for the functions and the app alike (contract/ is compiled
 * into both). Asia/Shanghai has no daylight saving since 1991: a fixed +08:00 needs no time-zone
 * database on the device, and gives the functions the same date as the app.
 */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant, for logic; people read src/i18n/beijing-time. */
export function shanghaiDate(at: Date | string | number = new Date()): string {
  return dayjs(at).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD');
}

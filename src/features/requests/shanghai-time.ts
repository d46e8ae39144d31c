import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Asia/Shanghai has no daylight saving: a fixed +08:00 needs no time-zone database on the device. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant, for logic; people read src/i18n/beijing-time. */
export function shanghaiDate(at: Date | string | number = new Date()): string {
  return dayjs(at).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD');
}

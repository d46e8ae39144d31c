import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** `2026-11-29 14:05`, Asia/Shanghai (UTC+8 all year, no daylight saving). */
export function inboxTime(iso: string): string {
  return dayjs.utc(iso).utcOffset(480).format('YYYY-MM-DD HH:mm');
}

import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { currentLocale } from './locale-store';
import type { Locale } from './locale';

dayjs.extend(utc);

/**
 * The one formatter for every date and time a person reads: Beijing time (Asia/Shanghai), written
 * the way Chinese government services write it, 2026年12月2日 14:05, or naturally in English and
 * Portuguese (2 Dec 2026, 14:05 Beijing time), labelled there because a foreign reader may be in
 * another zone. Asia/Shanghai has kept UTC+8 all year since 1991 (no daylight saving), so a fixed
 * offset is exact for every instant the app shows and needs no time-zone database on the phone.
 */
const BEIJING_OFFSET_MINUTES = 8 * 60;
const MONTHS: Record<'en' | 'pt-PT', readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  'pt-PT': ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
};
const ZONE_LABEL: Record<'en' | 'pt-PT', string> = { en: 'Beijing time', 'pt-PT': 'hora de Pequim' };

type Instant = Date | string | number;

const inBeijing = (at: Instant) => dayjs.utc(at).utcOffset(BEIJING_OFFSET_MINUTES);

function day(year: number, month: number, date: number, locale: Locale): string {
  if (locale === 'zh-CN' || locale === 'zh-MO') return `${year}年${month}月${date}日`;
  return `${date} ${MONTHS[locale][month - 1]} ${year}`;
}

/** An instant (ISO string, Date, epoch ms) as Beijing date and minute: 2026年12月2日 14:05. */
export function beijingDateTime(at: Instant): string {
  const d = inBeijing(at);
  if (!d.isValid()) return '';
  const locale = currentLocale();
  const date = day(d.year(), d.month() + 1, d.date(), locale);
  if (locale === 'zh-CN' || locale === 'zh-MO') return `${date} ${d.format('HH:mm')}`;
  return `${date}, ${d.format('HH:mm')} (${ZONE_LABEL[locale]})`;
}

/** An instant's Beijing calendar day: 2026年12月2日. */
export function beijingDate(at: Instant): string {
  const d = inBeijing(at);
  return d.isValid() ? day(d.year(), d.month() + 1, d.date(), currentLocale()) : '';
}

/**
 * A calendar day the cloud already fixed (YYYY-MM-DD: effective dates, due dates) written the same
 * way. It is a day, not an instant, so it is never shifted by any offset.
 */
export function calendarDay(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? day(Number(match[1]), Number(match[2]), Number(match[3]), currentLocale()) : date;
}

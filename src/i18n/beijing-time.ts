import { currentLocale } from './locale-store';
import type { Locale } from './locale';

/**
 * The one formatter for every date and time a person reads: Beijing time (Asia/Shanghai), written
 * the way Chinese government services write it, 2026年12月2日 14:05, or naturally in English and
 * Portuguese (2 Dec 2026, 14:05 Beijing time), labelled there because a foreign reader may be in
 * another zone. Asia/Shanghai has kept UTC+8 all year since 1991 (no daylight saving), so a fixed
 * offset is exact for every instant the app shows and needs no time-zone database on the phone.
 * That is plain arithmetic, so this file does it without dayjs: the home page and the agreement use
 * it, and dayjs would be ~9 KB of the main package (issue 18); subpackages keep dayjs for real date
 * work. Strings are read as dayjs.utc reads them: with a zone as written, without one as UTC.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const MONTHS: Record<'en' | 'pt-PT', readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  'pt-PT': ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
};
const ZONE_LABEL: Record<'en' | 'pt-PT', string> = { en: 'Beijing time', 'pt-PT': 'hora de Pequim' };

type Instant = Date | string | number;

const ZONED = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
const UNZONED = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;

function epochMs(at: Instant): number {
  if (typeof at === 'number') return at;
  if (at instanceof Date) return at.getTime();
  if (ZONED.test(at)) return Date.parse(at);
  const match = UNZONED.exec(at);
  if (!match) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0'] = match;
  const ms = Number(frac.padEnd(3, '0'));
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), ms);
}

/** The instant's wall clock in Beijing, read through the UTC getters of a shifted Date. */
function inBeijing(at: Instant): Date | undefined {
  const ms = epochMs(at);
  return Number.isFinite(ms) ? new Date(ms + BEIJING_OFFSET_MS) : undefined;
}

const two = (n: number) => String(n).padStart(2, '0');
const clock = (d: Date) => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;

function day(year: number, month: number, date: number, locale: Locale): string {
  if (locale === 'zh-CN' || locale === 'zh-MO') return `${year}年${month}月${date}日`;
  return `${date} ${MONTHS[locale][month - 1]} ${year}`;
}

/** An instant (ISO string, Date, epoch ms) as Beijing date and minute: 2026年12月2日 14:05. */
export function beijingDateTime(at: Instant): string {
  const d = inBeijing(at);
  if (!d) return '';
  const locale = currentLocale();
  const date = day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), locale);
  if (locale === 'zh-CN' || locale === 'zh-MO') return `${date} ${clock(d)}`;
  return `${date}, ${clock(d)} (${ZONE_LABEL[locale]})`;
}

/** An instant's Beijing calendar day: 2026年12月2日. */
export function beijingDate(at: Instant): string {
  const d = inBeijing(at);
  return d ? day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), currentLocale()) : '';
}

/**
 * A calendar day the cloud already fixed (YYYY-MM-DD: effective dates, due dates) written the same
 * way. It is a day, not an instant, so it is never shifted by any offset.
 */
export function calendarDay(date: string): string {
  return calendarDayIn(date, currentLocale());
}

/** calendarDay in a given language, whatever the current one (the H5 page's prerendered first screen). */
export function calendarDayIn(date: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? day(Number(match[1]), Number(match[2]), Number(match[3]), locale) : date;
}

import { beijingDate, beijingDateTime, calendarDay } from '../../../src/i18n/beijing-time';
import { applyLocale } from '../../../src/i18n/locale-store';

afterEach(() => applyLocale('zh-CN'));

// 2026-12-01T18:05Z is already 2 December in Beijing (UTC+8).
const AT = '2026-12-01T18:05:00.000Z';

describe('Beijing time in each locale', () => {
  it.each([
    ['zh-CN', '2026年12月2日 02:05', '2026年12月2日', '2026年1月9日'],
    ['zh-MO', '2026年12月2日 02:05', '2026年12月2日', '2026年1月9日'],
    ['en', '2 Dec 2026, 02:05 (Beijing time)', '2 Dec 2026', '9 Jan 2026'],
    ['pt-PT', '2 dez. 2026, 02:05 (hora de Pequim)', '2 dez. 2026', '9 jan. 2026'],
  ] as const)('%s writes the Beijing day and minute naturally', (locale, dateTime, date, fixedDay) => {
    applyLocale(locale);
    expect(beijingDateTime(AT)).toBe(dateTime);
    expect(beijingDate(AT)).toBe(date);
    expect(calendarDay('2026-01-09')).toBe(fixedDay);
  });
});

/**
 * Mainland public holidays and make-up working days (调休上班), as the State Council's General
 * Office publishes them each November for the next year. Promised processing dates count working
 * days over this calendar (cloudfunctions/lib/calendar/working-days.ts).
 *
 * - 2025: 国办发明电〔2024〕12号 (2024-11-12), the first year under the 2024 revision of
 *   《全国年节及纪念日放假办法》 (Spring Festival and Labour Day one day longer each).
 * - 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
 * - 2027: PROVISIONAL — the notice was not at hand when this was written. Only the statutory days
 *   themselves are listed (by the lunar calendar where it applies), with no bridging days and no
 *   make-up days. Replace with the published arrangement (and drop `provisional`) when it is out.
 */
export interface HolidayYear {
  year: number;
  source: string;
  provisional: boolean;
  /** Days off, YYYY-MM-DD, inclusive ranges as [first, last]. */
  off: readonly (readonly [string, string])[];
  /** Weekend days that are working days. */
  makeUpWorkdays: readonly string[];
}

export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2025,
    source: '国办发明电〔2024〕12号',
    provisional: false,
    off: [
      ['2025-01-01', '2025-01-01'], // 元旦
      ['2025-01-28', '2025-02-04'], // 春节
      ['2025-04-04', '2025-04-06'], // 清明节
      ['2025-05-01', '2025-05-05'], // 劳动节
      ['2025-05-31', '2025-06-02'], // 端午节
      ['2025-10-01', '2025-10-08'], // 国庆节、中秋节
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
    provisional: false,
    off: [
      ['2026-01-01', '2026-01-03'], // 元旦
      ['2026-02-15', '2026-02-23'], // 春节
      ['2026-04-04', '2026-04-06'], // 清明节
      ['2026-05-01', '2026-05-05'], // 劳动节
      ['2026-06-19', '2026-06-21'], // 端午节
      ['2026-09-25', '2026-09-27'], // 中秋节
      ['2026-10-01', '2026-10-07'], // 国庆节
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  {
    year: 2027,
    source: '《全国年节及纪念日放假办法》法定假日（暂定，待国务院办公厅通知）',
    provisional: true,
    off: [
      ['2027-01-01', '2027-01-01'], // 元旦
      ['2027-02-05', '2027-02-08'], // 春节：除夕至正月初三
      ['2027-04-05', '2027-04-05'], // 清明节
      ['2027-05-01', '2027-05-02'], // 劳动节
      ['2027-06-09', '2027-06-09'], // 端午节
      ['2027-09-15', '2027-09-15'], // 中秋节
      ['2027-10-01', '2027-10-03'], // 国庆节
    ],
    makeUpWorkdays: [],
  },
];

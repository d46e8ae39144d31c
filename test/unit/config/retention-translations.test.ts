import { RETENTION_COLLECTIONS, RETENTION_STORAGE } from '../../../config/retention';
import { enRetention } from '../../../src/i18n/en-retention';
import { ptPTRetention } from '../../../src/i18n/pt-PT-retention';
import { zhCNRetention } from '../../../src/i18n/zh-CN-retention';
import { zhMORetention } from '../../../src/i18n/zh-MO-retention';
import { simplifiedLeaks } from '../../../scripts/i18n/simplified-leaks';

/** Every row of config/retention.ts by the key the privacy center gives it. */
const CONFIG_ROWS = {
  ...RETENTION_COLLECTIONS,
  ...Object.fromEntries(Object.entries(RETENTION_STORAGE).map(([prefix, entry]) => [`storage-${prefix}`, entry])),
};
const FIELDS = ['what', 'period', 'from', 'basis'] as const;
type Rows = Record<string, Partial<Record<(typeof FIELDS)[number], string>> | undefined>;

/** What a locale's rows lack or have over config/retention.ts, as `<key>: <problem>`. */
function rowProblems(rows: Rows): string[] {
  const missing = Object.keys(CONFIG_ROWS).flatMap((key) =>
    FIELDS.filter((field) => !rows[key]?.[field]?.trim()).map((field) => `${key}: no ${field}`),
  );
  const stale = Object.keys(rows)
    .filter((key) => !(key in CONFIG_ROWS))
    .map((key) => `${key}: no such row in config/retention.ts`);
  return [...missing, ...stale];
}

/** Arabic numerals of a text (days, years, minutes, articles of the policy), in order. */
const numbers = (text: string) => (text.match(/\d+(\.\d+)?/g) ?? []).sort();

const TRANSLATIONS = [
  ['zh-MO', zhMORetention.rows],
  ['pt-PT', ptPTRetention.rows],
  ['en', enRetention.rows],
] as const;

describe('the retention table in every language', () => {
  it('reads the Simplified Chinese rows from config/retention.ts itself', () => {
    expect(rowProblems(zhCNRetention.rows)).toEqual([]);
    expect(zhCNRetention.rows.consents.basis).toBe(RETENTION_COLLECTIONS.consents.basis);
    expect(zhCNRetention.rows['storage-files'].period).toBe(RETENTION_STORAGE.files.period);
  });

  it.each(TRANSLATIONS)('has every row of config/retention.ts in %s, and no row it no longer has', (_, rows) => {
    expect(rowProblems(rows)).toEqual([]);
  });

  it.each(TRANSLATIONS)('keeps every number of the period and the clock in %s', (_, rows) => {
    const changed = Object.entries(CONFIG_ROWS)
      .filter(([key, entry]) => {
        const row = rows[key as keyof typeof rows];
        return (
          numbers(entry.period).join() !== numbers(row.period).join() ||
          numbers(entry.from).join() !== numbers(row.from).join()
        );
      })
      .map(([key]) => key);
    expect(changed).toEqual([]);
  });

  it('reads in Traditional characters in zh-MO', () => {
    const leaks = Object.entries(zhMORetention.rows).flatMap(([key, row]) =>
      FIELDS.flatMap((field) => simplifiedLeaks(row[field]).map((leak) => `${key}.${field}: ${leak}`)),
    );
    expect(leaks).toEqual([]);
  });

  it.each(TRANSLATIONS.filter(([locale]) => locale !== 'zh-MO'))('has no Chinese left in %s', (_, rows) => {
    const chinese = Object.entries(rows).flatMap(([key, row]) =>
      FIELDS.filter((field) => /[\u4e00-\u9fff]/.test(row[field])).map((field) => `${key}.${field}`),
    );
    expect(chinese).toEqual([]);
  });

  it('names no internal setting in a translation (people never see configuration keys)', () => {
    const internal = TRANSLATIONS.flatMap(([locale, rows]) =>
      Object.entries(rows)
        .filter(([, row]) => FIELDS.some((field) => /\bQYB_\w+/.test(row[field])))
        .map(([key]) => `${locale} ${key}`),
    );
    expect(internal).toEqual([]);
  });
});

describe('the row check', () => {
  it('catches a row left untranslated and a translation of a row that is gone', () => {
    const { accounts: _dropped, ...rest } = enRetention.rows;
    const planted: Rows = { ...rest, sessions: { ...rest.sessions, basis: ' ' }, old_collection: rest.messages };
    expect(rowProblems(planted)).toEqual([
      'accounts: no what',
      'accounts: no period',
      'accounts: no from',
      'accounts: no basis',
      'sessions: no basis',
      'old_collection: no such row in config/retention.ts',
    ]);
  });
});

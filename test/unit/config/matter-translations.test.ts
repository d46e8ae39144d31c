import { MATTER_SEED } from '../../../config/matters';
import { TRANSLATED_LOCALES } from '../../../cloudfunctions/lib/contract/matter-texts';
import { simplifiedLeaks } from '../../../scripts/i18n/simplified-leaks';

/** Every text of a matter a person reads, as [path, Simplified, translated] for one locale. */
function textsOf(code: string, locale: (typeof TRANSLATED_LOCALES)[number]) {
  const matter = MATTER_SEED.find((m) => m.code === code)!;
  const t = matter.translations?.[locale];
  const rows: [string, string, string | undefined][] = [
    ['name', matter.name, t?.name],
    ['department', matter.department, t?.department],
    ['description', matter.description, t?.description],
  ];
  for (const m of matter.materials) {
    rows.push([`material ${m.code}`, m.name, t?.materials?.[m.code]?.name]);
    if (m.hint) rows.push([`material ${m.code} hint`, m.hint, t?.materials?.[m.code]?.hint]);
  }
  for (const f of matter.fields) {
    const ft = t?.fields?.[f.key];
    rows.push([`field ${f.key}`, f.label, ft?.label]);
    if (f.hint) rows.push([`field ${f.key} hint`, f.hint, ft?.hint]);
    if ((f.type === 'number' || f.type === 'amount') && f.unit) rows.push([`field ${f.key} unit`, f.unit, ft?.unit]);
    if (f.type === 'select') {
      for (const o of f.options) rows.push([`option ${f.key}.${o.value}`, o.label, ft?.options?.[o.value]]);
    }
  }
  return rows;
}

const cases = MATTER_SEED.flatMap((m) => TRANSLATED_LOCALES.map((locale) => [m.code, locale] as const));

describe('the seeded catalog in zh-MO, en and pt-PT', () => {
  it.each(cases)('%s has every name, material, field label, unit and option in %s', (code, locale) => {
    const missing = textsOf(code, locale)
      .filter(([, , translated]) => !translated?.trim())
      .map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it.each(MATTER_SEED.map((m) => m.code))('%s reads in Traditional characters in zh-MO', (code) => {
    const leaks = textsOf(code, 'zh-MO').flatMap(([path, , text]) =>
      simplifiedLeaks(text ?? '').map((l) => `${path}: ${l}`),
    );
    expect(leaks).toEqual([]);
  });

  it.each(cases.filter(([, locale]) => locale !== 'zh-MO'))('%s has no Chinese left in %s', (code, locale) => {
    const chinese = textsOf(code, locale)
      .filter(([, , text]) => /[\u4e00-\u9fff]/.test(text ?? ''))
      .map(([path]) => path);
    expect(chinese).toEqual([]);
  });
});

import * as v from 'valibot';

/**
 * A matter's texts in the UI languages other than Simplified Chinese, stored with the matter (staff
 * edit the stored catalog; the stored copy wins, so its translations travel with it). Each locale
 * is a partial text set: what is missing reads in Simplified Chinese. Materials are keyed by their
 * code, form fields by their key and select options by their value; matterTextProblems (below)
 * refuses a key the matter does not have. Pure: no Node or SDK imports.
 */
export const TRANSLATED_LOCALES = ['zh-MO', 'en', 'pt-PT'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/**
 * The Simplified limits (MatterSchema, FormFieldSpecSchema) times three: an English or Portuguese
 * name takes about three letters for each Chinese character.
 */
const text = (min: number, simplifiedMax: number) =>
  v.pipe(v.string(), v.minLength(min), v.maxLength(simplifiedMax * 3));
const MaterialKeySchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,31}$/));
const FieldKeySchema = v.pipe(v.string(), v.regex(/^[a-z][A-Za-z0-9]{0,31}$/));
const OptionValueSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,32}$/));

const MaterialTextsSchema = v.strictObject({ name: v.optional(text(1, 60)), hint: v.optional(text(1, 120)) });
const FieldTextsSchema = v.strictObject({
  label: v.optional(text(1, 40)),
  hint: v.optional(text(1, 120)),
  unit: v.optional(text(1, 8)),
  /** Select option labels by option value. */
  options: v.optional(v.record(OptionValueSchema, text(1, 40))),
});

export const MatterTextsSchema = v.strictObject({
  name: v.optional(text(2, 40)),
  department: v.optional(text(2, 40)),
  description: v.optional(text(1, 600)),
  materials: v.optional(v.record(MaterialKeySchema, MaterialTextsSchema)),
  fields: v.optional(v.record(FieldKeySchema, FieldTextsSchema)),
});
export type MatterTexts = v.InferOutput<typeof MatterTextsSchema>;

export const MatterTranslationsSchema = v.strictObject({
  'zh-MO': v.optional(MatterTextsSchema),
  en: v.optional(MatterTextsSchema),
  'pt-PT': v.optional(MatterTextsSchema),
});
export type MatterTranslations = v.InferOutput<typeof MatterTranslationsSchema>;

/** A matter's names in the other languages (stored on a request at submission). */
export type MatterNames = Partial<Record<TranslatedLocale, string>>;

export function matterNamesOf(translations: MatterTranslations | undefined): MatterNames {
  const names: MatterNames = {};
  for (const locale of TRANSLATED_LOCALES) {
    const name = translations?.[locale]?.name;
    if (name) names[locale] = name;
  }
  return names;
}

interface Translatable {
  materials: readonly { code: string }[];
  fields: readonly ({ key: string } & ({ type: 'select'; options: readonly { value: string }[] } | { type: string }))[];
  translations?: MatterTranslations;
}

/** Translations naming a material, field or option the matter does not have (a staff edit's slip). */
export function matterTextProblems(matter: Translatable): string[] {
  const problems: string[] = [];
  const materials = new Set(matter.materials.map((m) => m.code));
  for (const locale of TRANSLATED_LOCALES) {
    const texts = matter.translations?.[locale];
    for (const code of Object.keys(texts?.materials ?? {})) {
      if (!materials.has(code)) problems.push(`${locale}: material ${code} unknown`);
    }
    for (const [key, field] of Object.entries(texts?.fields ?? {})) {
      const spec = matter.fields.find((f) => f.key === key);
      if (!spec) {
        problems.push(`${locale}: field ${key} unknown`);
        continue;
      }
      const values = 'options' in spec ? spec.options.map((o) => o.value) : [];
      for (const value of Object.keys(field.options ?? {})) {
        if (!values.includes(value)) problems.push(`${locale}: option ${key}.${value} unknown`);
      }
    }
  }
  return problems;
}

import * as v from 'valibot';
import { MOBILE_COUNTRY_CODES, isValidMobile, normalizeMobile, type MobileCountryCode } from './mobile-number';
import { isValidUscc, normalizeUscc } from './uscc';

/**
 * A matter's application form: typed field specs and the ONE schema builder that validates the
 * values on the device (field by field, as the person types) and in the cloud (on submit).
 * Pure: no Node or SDK imports.
 */
export const FORM_FIELD_TYPES = ['text', 'textarea', 'number', 'amount', 'date', 'select', 'mobile', 'uscc'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

const FieldKeySchema = v.pipe(v.string(), v.regex(/^[a-z][A-Za-z0-9]{0,31}$/));
const LabelSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const common = {
  key: FieldKeySchema,
  label: LabelSchema,
  required: v.boolean(),
  hint: v.optional(v.pipe(v.string(), v.maxLength(120))),
};
const DateBoundSchema = v.union([v.literal('today'), v.pipe(v.string(), v.isoDate())]);

export const FormFieldSpecSchema = v.variant('type', [
  v.strictObject({
    ...common,
    type: v.picklist(['text', 'textarea'] as const),
    maxLength: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2000)),
  }),
  v.strictObject({
    ...common,
    type: v.picklist(['number', 'amount'] as const),
    min: v.number(),
    max: v.number(),
    unit: v.optional(v.pipe(v.string(), v.maxLength(8))),
  }),
  v.strictObject({
    ...common,
    type: v.literal('date'),
    notBefore: v.optional(DateBoundSchema),
    notAfter: v.optional(DateBoundSchema),
  }),
  v.strictObject({
    ...common,
    type: v.literal('select'),
    options: v.pipe(
      v.array(v.strictObject({ value: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,32}$/)), label: LabelSchema })),
      v.minLength(1),
      v.maxLength(30),
    ),
  }),
  v.strictObject({ ...common, type: v.picklist(['mobile', 'uscc'] as const) }),
]);
export type FormFieldSpec = v.InferOutput<typeof FormFieldSpecSchema>;

/** A stored form value: numbers for number/amount, strings for the rest. */
export type FormValue = string | number;
export type FormValues = Record<string, FormValue>;

/** Issue messages the client maps to text (i18n); the server maps any of them to one code. */
export type FormIssue = 'required' | 'too-long' | 'format' | 'range' | 'option' | 'mobile' | 'uscc' | 'date';

export interface FormSchemaOptions {
  /** The Asia/Shanghai calendar date (YYYY-MM-DD) that `'today'` bounds mean. */
  today: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** `+853 6123 4567`, `+85361234567` or `13800138000` (mainland by default) → `+853 61234567`. */
export function normalizeFormMobile(raw: string): string | null {
  const text = normalizeMobile(raw);
  const code = MOBILE_COUNTRY_CODES.find((c) => text.startsWith(c)) as MobileCountryCode | undefined;
  const countryCode = code ?? '+86';
  const number = code ? text.slice(code.length) : text;
  return isValidMobile(countryCode, number) ? `${countryCode} ${number}` : null;
}

function decimals(n: number): number {
  const text = String(n);
  return text.includes('.') ? (text.split('.')[1]?.length ?? 0) : 0;
}

function valueSchema(field: FormFieldSpec, options: FormSchemaOptions): v.GenericSchema<unknown, FormValue> {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return v.pipe(v.string('format'), v.trim(), v.minLength(1, 'required'), v.maxLength(field.maxLength, 'too-long'));
    case 'number':
    case 'amount': {
      const places = field.type === 'amount' ? 2 : 0;
      return v.pipe(
        v.union(
          [v.number('format'), v.pipe(v.string('format'), v.trim(), v.regex(/^-?\d+(\.\d+)?$/, 'format'))],
          'format',
        ),
        v.transform((x) => Number(x)),
        v.check((n) => Number.isFinite(n) && decimals(n) <= places, 'format'),
        v.check((n) => n >= field.min && n <= field.max, 'range'),
      );
    }
    case 'date': {
      const bound = (b: string | undefined) => (b === 'today' ? options.today : b);
      const notBefore = bound(field.notBefore);
      const notAfter = bound(field.notAfter);
      return v.pipe(
        v.string('date'),
        v.check(isRealDate, 'date'),
        v.check(
          (d) => (notBefore === undefined || d >= notBefore) && (notAfter === undefined || d <= notAfter),
          'range',
        ),
      );
    }
    case 'select': {
      const values = field.options.map((o) => o.value);
      return v.pipe(
        v.string('option'),
        v.check((x) => values.includes(x), 'option'),
      );
    }
    case 'mobile':
      return v.pipe(
        v.string('mobile'),
        v.maxLength(24, 'mobile'),
        v.transform(normalizeFormMobile),
        v.check((x): x is string => x !== null, 'mobile'),
        v.transform((x) => x as string),
      );
    case 'uscc':
      return v.pipe(
        v.string('uscc'),
        v.maxLength(40, 'uscc'),
        v.transform(normalizeUscc),
        v.check(isValidUscc, 'uscc'),
      );
    default:
      return v.never('format');
  }
}

const isBlank = (x: unknown) => x === undefined || x === null || (typeof x === 'string' && x.trim() === '');

/**
 * The schema of a form: every declared key, nothing else (an unknown key is refused). A blank
 * optional field is dropped from the output; a blank required one is `'required'`.
 */
export function buildFormSchema(fields: readonly FormFieldSpec[], options: FormSchemaOptions) {
  const entries: Record<string, v.GenericSchema<unknown, FormValue | undefined>> = {};
  for (const field of fields) {
    const inner = valueSchema(field, options);
    entries[field.key] = field.required
      ? v.pipe(
          v.optional(v.unknown()),
          v.check((x) => !isBlank(x), 'required'),
          inner,
        )
      : v.pipe(
          v.optional(v.unknown()),
          v.transform((x) => (isBlank(x) ? undefined : x)),
          v.optional(inner),
        );
  }
  const keys = fields.map((f) => f.key);
  return v.pipe(
    v.looseObject({}, 'format'),
    // Every declared key present (a missing one as undefined), so a missing required field is 'required'.
    v.transform((input) => ({ ...Object.fromEntries(keys.map((k) => [k, undefined])), ...input })),
    v.strictObject(entries, 'format'),
    v.transform((values) => {
      const out: FormValues = {};
      for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value as FormValue;
      return out;
    }),
  );
}

export type FormCheck = { ok: true; values: FormValues } | { ok: false; issues: Record<string, FormIssue> };

/** Validates a whole form; on failure, the first issue of each field by key (for the page). */
export function checkForm(fields: readonly FormFieldSpec[], values: unknown, options: FormSchemaOptions): FormCheck {
  const result = v.safeParse(buildFormSchema(fields, options), values);
  if (result.success) return { ok: true, values: result.output };
  const issues: Record<string, FormIssue> = {};
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key;
    const name = typeof key === 'string' ? key : '_form';
    if (!(name in issues)) issues[name] = (issue.message as FormIssue) ?? 'format';
  }
  return { ok: false, issues };
}

import type { FormFieldSpec, FormValues } from '../contract/matter-form';

/** A form's free-text answers by their field label, for the content check (the label names what to change). */
export function formFreeText(fields: readonly FormFieldSpec[], values: FormValues): Record<string, string> {
  const free = fields.filter((f) => f.type === 'text' || f.type === 'textarea');
  return Object.fromEntries(free.map((f) => [f.label, String(values[f.key] ?? '')]));
}

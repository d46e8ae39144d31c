import { formContentField } from '../contract/content-fields';
import type { FormFieldSpec, FormValues } from '../contract/matter-form';
import type { CheckedText } from '../content-safety/require-safe-text';

/** A form's free-text answers for the content check: the field's key for the client, its label to name it in Chinese. */
export function formFreeText(fields: readonly FormFieldSpec[], values: FormValues): CheckedText[] {
  const free = fields.filter((f) => f.type === 'text' || f.type === 'textarea');
  return free.map((f) => ({ field: formContentField(f.key), label: f.label, text: String(values[f.key] ?? '') }));
}

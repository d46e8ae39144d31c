import type { FormFieldSpec, FormValues } from '../../../cloudfunctions/lib/contract/matter-form';

export interface FormRow {
  key: string;
  label: string;
  value: string;
}

/**
 * A submitted form as rows to read, field by field in the matter's order: a choice shows its
 * option's label (in the reader's language once the request is localised), never the stored value
 * (`public`), which is a code to the applicant and to staff alike.
 */
export function formRows(request: { fields: readonly FormFieldSpec[]; form: FormValues }): FormRow[] {
  return request.fields.map((f) => {
    const raw = request.form[f.key];
    if (raw === undefined) return { key: f.key, label: f.label, value: '' };
    const shown = f.type === 'select' ? (f.options.find((o) => o.value === raw)?.label ?? String(raw)) : raw;
    return { key: f.key, label: f.label, value: String(shown) };
  });
}

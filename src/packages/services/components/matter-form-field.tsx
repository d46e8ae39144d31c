import { calendarDay } from '../../../i18n/beijing-time';
import { Picker, View } from '@tarojs/components';
import type { FormFieldSpec, FormIssue } from '../../../../cloudfunctions/lib/contract/matter-form';
import { TextField } from '../../../components/text-field';
import { tFields } from '../../../i18n/fields';

interface MatterFormFieldProps {
  field: FormFieldSpec;
  value: string;
  issue?: FormIssue;
  labels: { optional: string; choose: string; unit: (unit: string) => string; issues: Record<FormIssue, string> };
  onChange: (value: string) => void;
}

/** The typed fields: input type, longest value, and what the field says before anything is typed. */
function typed(field: FormFieldSpec) {
  switch (field.type) {
    // A long text is still one field: a Textarea would add its templates to the main package.
    case 'textarea':
    case 'text':
      return { type: 'text', maxlength: field.maxLength, placeholder: tFields.apply.text } as const;
    case 'number':
      return { type: 'number', maxlength: 12, placeholder: tFields.apply.number } as const;
    case 'amount':
      return { type: 'digit', maxlength: 16, placeholder: tFields.apply.amount } as const;
    case 'mobile':
      return { type: 'text', maxlength: 20, placeholder: tFields.apply.mobile } as const;
    case 'uscc':
      return { type: 'text', maxlength: 24, placeholder: tFields.apply.uscc } as const;
    default:
      return null;
  }
}

/**
 * One field of a matter's form, drawn from its typed spec. The value is kept as typed; the shared
 * schema (checkForm) says what is wrong with it, in the same words the cloud uses.
 */
export function MatterFormField({ field, value, issue, labels, onChange }: MatterFormFieldProps) {
  const name = `apply__field apply__field--${field.key}`;
  const unit = field.type === 'number' || field.type === 'amount' ? field.unit : undefined;
  const label = `${field.label}${unit ? labels.unit(unit) : ''}${field.required ? '' : labels.optional}`;
  const error = issue && labels.issues[issue];
  const errorName = `apply__issue apply__issue--${field.key}`;
  const hint = field.hint && <View className="svc__hint">{field.hint}</View>;
  const text = typed(field);
  if (text) {
    return (
      <View className={`apply__form-field apply__form-field--${field.type}`}>
        <TextField
          {...text}
          name={name}
          label={label}
          value={value}
          error={error}
          errorName={errorName}
          onChange={onChange}
        />
        {hint}
      </View>
    );
  }
  const control =
    field.type === 'date' ? (
      <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className={`qyb-field qyb-select${value ? '' : ' qyb-select--empty'} ${name}`} role="button">
          {value ? calendarDay(value) : labels.choose}
        </View>
      </Picker>
    ) : field.type === 'select' ? (
      <View className={`svc__choices ${name}`} role="radiogroup" aria-label={label}>
        {field.options.map((option) => (
          <View
            key={option.value}
            className={`svc__choice qyb-tap apply__option apply__option--${field.key}-${option.value}${value === option.value ? ' svc__choice--on' : ''}`}
            role="radio"
            aria-checked={value === option.value}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </View>
        ))}
      </View>
    ) : null;
  return (
    <View className={`apply__form-field apply__form-field--${field.type}`}>
      <View className="svc__label">{label}</View>
      {control}
      {hint}
      {error && <View className={`svc__problem ${errorName}`}>{error}</View>}
    </View>
  );
}

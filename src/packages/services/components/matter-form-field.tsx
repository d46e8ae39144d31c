import { Input, Picker, View } from '@tarojs/components';
import type { FormFieldSpec, FormIssue } from '../../../../cloudfunctions/lib/contract/matter-form';

interface MatterFormFieldProps {
  field: FormFieldSpec;
  value: string;
  issue?: FormIssue;
  labels: { optional: string; choose: string; issues: Record<FormIssue, string> };
  onChange: (value: string) => void;
}

/**
 * One field of a matter's form, drawn from its typed spec. The value is kept as typed; the shared
 * schema (checkForm) says what is wrong with it, in the same words the cloud uses.
 */
export function MatterFormField({ field, value, issue, labels, onChange }: MatterFormFieldProps) {
  const name = `apply__field apply__field--${field.key}`;
  const input = (type: 'text' | 'number' | 'digit', maxlength = 120) => (
    <Input
      className={`svc__input ${name}`}
      type={type}
      value={value}
      maxlength={maxlength}
      onInput={(e) => onChange(e.detail.value)}
    />
  );
  let control;
  switch (field.type) {
    // A long text is still one field: a Textarea would add its templates to the main package.
    case 'textarea':
    case 'text':
      control = input('text', field.maxLength);
      break;
    case 'number':
      control = input('number', 12);
      break;
    case 'amount':
      control = input('digit', 16);
      break;
    case 'mobile':
      control = input('text', 20);
      break;
    case 'uscc':
      control = input('text', 24);
      break;
    case 'date':
      control = (
        <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
          <View className={`svc__input ${name}`}>{value || labels.choose}</View>
        </Picker>
      );
      break;
    case 'select':
      control = (
        <View className={`svc__choices ${name}`}>
          {field.options.map((option) => (
            <View
              key={option.value}
              className={`svc__choice apply__option apply__option--${field.key}-${option.value}${value === option.value ? ' svc__choice--on' : ''}`}
              onClick={() => onChange(option.value)}
            >
              {option.label}
            </View>
          ))}
        </View>
      );
      break;
  }
  const unit = field.type === 'number' || field.type === 'amount' ? field.unit : undefined;
  return (
    <View className={`apply__form-field apply__form-field--${field.type}`}>
      <View className="svc__label">
        {field.label}
        {unit ? `（${unit}）` : ''}
        {field.required ? '' : labels.optional}
      </View>
      {control}
      {field.hint && <View className="svc__hint">{field.hint}</View>}
      {issue && <View className={`svc__problem apply__issue apply__issue--${field.key}`}>{labels.issues[issue]}</View>}
    </View>
  );
}

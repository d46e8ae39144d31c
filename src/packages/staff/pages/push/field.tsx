import { TextField } from '../../../../components/text-field';

/** One labelled text field of the staff push forms, in the one field style. */
export function Field({
  name,
  label,
  value,
  placeholder,
  onInput,
  max,
}: {
  name: string;
  label: string;
  value: string;
  placeholder: string;
  onInput: (v: string) => void;
  max?: number;
}) {
  return (
    <TextField
      name={`push__input push__input--${name}`}
      label={label}
      value={value}
      placeholder={placeholder}
      maxlength={max ?? 140}
      onChange={onInput}
    />
  );
}

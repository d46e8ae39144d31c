import { Input, View } from '@tarojs/components';
import type { ComponentProps } from 'react';

type InputProps = ComponentProps<typeof Input>;

interface LabeledInputProps extends Pick<InputProps, 'password' | 'maxlength' | 'placeholder' | 'type'> {
  label: string;
  /** The field's own class, e.g. `register__account-name`: what the e2e specs select. */
  name: string;
  value: string;
  onChange: (value: string) => void;
}

/** A label and its text field, as every account form lays them out. */
export function LabeledInput({ label, name, onChange, ...input }: LabeledInputProps) {
  return (
    <>
      <View className="account-form__label">{label}</View>
      <Input className={`account-form__input ${name}`} {...input} onInput={(e) => onChange(e.detail.value)} />
    </>
  );
}

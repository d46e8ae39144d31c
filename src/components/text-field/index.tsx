import { Input, View } from '@tarojs/components';
import type { ComponentProps, ReactNode } from 'react';
import './index.css';

type InputProps = ComponentProps<typeof Input>;

export interface TextFieldProps extends Pick<InputProps, 'password' | 'maxlength' | 'type'> {
  label: string;
  /** The field's own class, e.g. `register__account-name`: what the e2e specs select. */
  name: string;
  value: string;
  /** Every field says what to type, in the muted colour of src/styles/field.css. */
  placeholder: string;
  onChange: (value: string) => void;
  /** What sits between the label and the field, e.g. the country codes of a mobile number. */
  children?: ReactNode;
}

/**
 * A visible label and its text field in the one field style. The label is tied to the field by
 * id: H5 hands `aria-labelledby` to Taro's inner <input> (nativeProps), the mini-program's input
 * takes it as an ARIA attribute (WeChat aria-component), so a screen reader names the field.
 */
export function TextField({ label, name, onChange, children, ...input }: TextFieldProps) {
  const labelId = `${name}-label`;
  return (
    <View className="text-field">
      <View id={labelId} className="text-field__label">
        {label}
      </View>
      {children}
      <Input
        className={`qyb-field ${name}`}
        placeholderClass="qyb-field__placeholder"
        nativeProps={{ 'aria-labelledby': labelId }}
        {...input}
        onInput={(e) => onChange(e.detail.value)}
      />
    </View>
  );
}

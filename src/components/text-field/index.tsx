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
 * A visible label and its text field in the one field style. On H5 the label is tied to Taro's
 * inner <input> by id (`aria-labelledby` through nativeProps; on the outer custom element axe
 * rates it a prohibited attribute). The mini-program ignores nativeProps: there a native input is
 * read with its placeholder, which every field has (see localcloud/PARITY.md, unclear list).
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

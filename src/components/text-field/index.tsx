import { Input, Textarea, View } from '@tarojs/components';
import type { ComponentProps, ReactNode } from 'react';
import './index.css';

type InputProps = ComponentProps<typeof Input>;

export interface TextFieldProps extends Pick<InputProps, 'password' | 'maxlength' | 'type' | 'disabled'> {
  label: string;
  /** The field's own classes, e.g. `register__account-name`: what the e2e specs select. */
  name: string;
  value: string;
  /** Every field says what to type, in the muted colour of src/styles/field.css. */
  placeholder: string;
  onChange: (value: string) => void;
  /** What is wrong with the value, under the field in the warning colour and tied to it. */
  error?: string;
  /** The error line's own classes, for the specs that look for one problem. */
  errorName?: string;
  /** Several lines (a reply, a description): Textarea instead of Input, in the same style. */
  multiline?: boolean;
  /** Tells apart the fields of a list (one per item), so each label id stays unique. */
  idSuffix?: string;
  /** What sits between the label and the field, e.g. the country codes of a mobile number. */
  children?: ReactNode;
}

/**
 * A visible label, its text field and its error line in the one field style. On H5 the label is
 * tied to Taro's inner <input> by id (`aria-labelledby` through nativeProps; on the outer custom
 * element axe rates it a prohibited attribute). The mini-program ignores nativeProps: there a
 * native input is read with its placeholder, which every field has (see localcloud/PARITY.md,
 * unclear list).
 */
export function TextField(props: TextFieldProps) {
  const { label, name, onChange, children, error, errorName, multiline, idSuffix, ...input } = props;
  const base = `${name.trim().split(/\s+/).pop() ?? name}${idSuffix ? `-${idSuffix}` : ''}`;
  const labelId = `${base}-label`;
  const errorId = `${base}-error`;
  const nativeProps = {
    'aria-labelledby': labelId,
    ...(error ? { 'aria-describedby': errorId, 'aria-invalid': 'true' } : {}),
  };
  const className = `qyb-field${error ? ' qyb-field--invalid' : ''} ${name}`;
  return (
    <View className="text-field">
      <View id={labelId} className="text-field__label">
        {label}
      </View>
      {children}
      {multiline ? (
        <Textarea
          className={`${className} qyb-field--multiline`}
          placeholderClass="qyb-field__placeholder"
          nativeProps={nativeProps}
          value={input.value}
          placeholder={input.placeholder}
          maxlength={input.maxlength}
          disabled={input.disabled}
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Input
          className={className}
          placeholderClass="qyb-field__placeholder"
          nativeProps={nativeProps}
          {...input}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
      {error && (
        <View id={errorId} className={`text-field__error${errorName ? ` ${errorName}` : ''}`}>
          {error}
        </View>
      )}
    </View>
  );
}

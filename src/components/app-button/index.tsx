// The one place that may render Taro's Button (eslint.config.mjs forbids it elsewhere).
// eslint-disable-next-line no-restricted-imports
import { Button, View } from '@tarojs/components';
import type { ButtonProps } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.css';

export type AppButtonVariant = 'primary' | 'default' | 'warn';

type PassedThrough = Omit<ButtonProps, 'type' | 'disabled' | 'loading' | 'size' | 'plain' | 'children'>;

export interface AppButtonProps extends PassedThrough {
  variant?: AppButtonVariant;
  disabled?: boolean;
  loading?: boolean;
  /**
   * Why a disabled button cannot be used yet, shown right under it (issue 20: a form never
   * disables its submit silently). Ignored while enabled.
   */
  disabledReason?: string;
  /** Required when the content is an icon or a symbol: what a screen reader announces. */
  ariaLabel?: string;
  children: ReactNode;
}

/**
 * The app's button. Taro H5 renders Button as <taro-button-core>; given `disabled={false}`, React
 * writes the attribute `disabled="false"` on that custom element and Stencil only removes a
 * reflected boolean attribute when it is empty, so WeUI's `taro-button-core[disabled]` rules
 * styled every enabled button as disabled. Here `disabled` reaches Taro only when true, and the
 * look comes from our own classes (tokens.css), never from WeUI's attribute selectors.
 */
export function AppButton({
  variant = 'default',
  disabled = false,
  loading = false,
  ariaLabel,
  disabledReason,
  className,
  children,
  onClick,
  ...rest
}: AppButtonProps) {
  const inert = disabled || loading;
  const classes = [
    'app-button',
    `app-button--${variant}`,
    disabled ? 'app-button--disabled' : '',
    loading ? 'app-button--loading' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const state = {
    ...(disabled ? { disabled: true } : {}),
    ...(loading ? { loading: true } : {}),
    ...(ariaLabel ? { ariaLabel } : {}),
  };
  // Taro H5 stops a disabled button's click only on its way up; our handler sits on the element
  // itself, so it would still run. A disabled or busy button does nothing, on every platform.
  const guardedClick: ButtonProps['onClick'] = (event) => {
    if (!inert) onClick?.(event);
  };
  return (
    <>
      <Button
        {...rest}
        {...state}
        className={classes}
        aria-disabled={inert ? 'true' : undefined}
        onClick={guardedClick}
      >
        {children}
      </Button>
      {disabled && disabledReason && (
        <View className="app-button__reason" role="status">
          {disabledReason}
        </View>
      )}
    </>
  );
}

import { View } from '@tarojs/components';
import { AppButton } from '../app-button';
import { LineIcon } from '../line-icon';
import { ROUTES, navigate, relaunch } from '../../platform/navigation';
import './index.css';

/**
 * What a page that needs an account shows to a guest: why, and one clear way to sign in (a full
 * button, not a link lost at the end of a sentence). `className`, `textClassName` and
 * `buttonClassName` name the page's own parts, as its tests and stories find them. `afterSignOut`:
 * the person was just signed out, so the pages behind this one are closed rather than kept.
 */
export function SignInPrompt({
  text,
  action,
  className = '',
  textClassName = '',
  buttonClassName = '',
  afterSignOut = false,
}: {
  text: string;
  action: string;
  className?: string;
  textClassName?: string;
  buttonClassName?: string;
  afterSignOut?: boolean;
}) {
  return (
    <View className={`sign-in-prompt ${className}`} role="region" aria-label={text}>
      <View className="sign-in-prompt__badge">
        <LineIcon name="account" className="sign-in-prompt__icon" />
      </View>
      <View className={`sign-in-prompt__text ${textClassName}`}>{text}</View>
      <AppButton
        variant="primary"
        className={`sign-in-prompt__button ${buttonClassName}`}
        onClick={() => (afterSignOut ? relaunch(ROUTES.accountSignIn) : navigate(ROUTES.accountSignIn))}
      >
        {action}
      </AppButton>
    </View>
  );
}

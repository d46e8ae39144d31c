import { View } from '@tarojs/components';
import { AppButton } from '../app-button';
import { LineIcon } from '../line-icon';
import { ROUTES, navigate } from '../../platform/navigation';
import './index.css';

/**
 * What a page that needs an account shows to a guest: why, and one clear way to sign in (a full
 * button, not a link lost at the end of a sentence). `className` and `buttonClassName` name the
 * page's own parts, as its tests and stories find them.
 */
export function SignInPrompt({
  text,
  action,
  className = '',
  buttonClassName = '',
}: {
  text: string;
  action: string;
  className?: string;
  buttonClassName?: string;
}) {
  return (
    <View className={`sign-in-prompt ${className}`} role="region" aria-label={text}>
      <View className="sign-in-prompt__badge">
        <LineIcon name="account" className="sign-in-prompt__icon" />
      </View>
      <View className="sign-in-prompt__text">{text}</View>
      <AppButton
        variant="primary"
        className={`sign-in-prompt__button ${buttonClassName}`}
        onClick={() => navigate(ROUTES.accountSignIn)}
      >
        {action}
      </AppButton>
    </View>
  );
}

import { View } from '@tarojs/components';
import { SignInPrompt } from '../../../components/sign-in-prompt';
import { useCareMode } from '../../../features/care/use-care-mode';
import { tp } from '../../../i18n/packages';

/**
 * What a page shows once the person is signed out by their own request (signing out, or asking to
 * close the account): the notice and the way back to sign-in, as every page that needs an account
 * asks a guest to sign in, in 关怀模式 when it is on. `page` prefixes the class names.
 */
export function SignedOutNotice({ page, text }: { page: string; text: string }) {
  const care = useCareMode();
  return (
    <View className={`account-form ${page} ${care.rootClass}`}>
      <SignInPrompt
        text={text}
        action={tp.account.signIn}
        textClassName={`${page}__signed-out`}
        buttonClassName={`${page}__to-sign-in`}
        afterSignOut
      />
    </View>
  );
}

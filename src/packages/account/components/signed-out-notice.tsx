import { View } from '@tarojs/components';
import { AppButton } from '../../../components/app-button';
import { useCareMode } from '../../../features/care/use-care-mode';
import { tp } from '../../../i18n/packages';
import { ROUTES, relaunch } from '../../../platform/navigation';

/**
 * What a page shows once the person is signed out by their own request (signing out, or asking to
 * close the account): the notice and the way back to sign-in, in 关怀模式 when it is on. `page`
 * prefixes the class names.
 */
export function SignedOutNotice({ page, text }: { page: string; text: string }) {
  const care = useCareMode();
  return (
    <View className={`account-form ${page} ${care.rootClass}`}>
      <View className={`account-form__notice ${page}__signed-out`}>{text}</View>
      <AppButton className={`${page}__to-sign-in`} onClick={() => relaunch(ROUTES.accountSignIn)}>
        {tp.account.signIn}
      </AppButton>
    </View>
  );
}

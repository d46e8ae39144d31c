import { View } from '@tarojs/components';
import { tp } from '../../../../i18n/packages';
import { usePageTitle } from '../../../../platform/page-title';
import { AppButton } from '../../../../components/app-button';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { useLinkCallback } from '../../../../features/linked/use-link-callback';
import { tLinked } from '../../../../i18n/linked';
import { ROUTES, redirect } from '../../../../platform/navigation';
import '../form.css';

/** Where the outside platform's sign-in ends (policy §7.1): finishing, or why not and where to go. */
export default function LinkedCallbackPage() {
  usePageTitle(tp.titles.linked);
  const care = useCareMode();
  const c = useLinkCallback();
  const m = tLinked.callback;
  if (c.outcome === 'finishing')
    return <View className={`account-form linked-callback ${care.rootClass}`}>{m.finishing}</View>;
  return (
    <View className={`account-form linked-callback ${care.rootClass}`}>
      <View className="account-form__error linked-callback__error">{c.error}</View>
      <AppButton
        className="linked-callback__to-sign-in"
        variant="primary"
        onClick={() => redirect(ROUTES.accountSignIn)}
      >
        {m.toSignIn}
      </AppButton>
      <AppButton className="linked-callback__to-linked" onClick={() => redirect(ROUTES.linkedAccounts)}>
        {m.toLinked}
      </AppButton>
    </View>
  );
}

import { View } from '@tarojs/components';
import { TextField } from '../../../../components/text-field';
import { PasswordRules } from '../../../../components/password-rules';
import { useChangePassword } from '../../../../features/account/use-change-password';
import { tp } from '../../../../i18n/packages';
import { ROUTES, usePageQuery, relaunch } from '../../../../platform/navigation';
import '../form.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';

export default function ChangePasswordPage() {
  usePageTitle(tp.titles.changePassword);
  const care = useCareMode();
  const c = useChangePassword(usePageQuery().name ?? '');
  const m = tp.account;
  if (c.done) {
    return (
      <View className={`account-form change-password ${care.rootClass}`}>
        <View className="account-form__notice change-password__done">{m.passwordChanged}</View>
        <AppButton
          className="change-password__to-sign-in"
          variant="primary"
          onClick={() => relaunch(ROUTES.accountSignIn)}
        >
          {m.signIn}
        </AppButton>
      </View>
    );
  }
  return (
    <View className={`account-form change-password ${care.rootClass}`}>
      <View className="account-form__title">{m.changePassword}</View>
      <TextField
        label={m.currentPassword}
        name="change-password__current"
        placeholder={m.passwordPlaceholder}
        password
        value={c.current}
        onChange={(value) => c.setCurrent(value)}
      />
      <TextField
        label={m.newPassword}
        name="change-password__new"
        placeholder={m.newPasswordPlaceholder}
        password
        value={c.next}
        maxlength={32}
        onChange={(value) => c.setNext(value)}
      />
      <PasswordRules rules={c.rules} labels={m.passwordRules} />
      <TextField
        label={m.confirmPassword}
        name="change-password__confirm"
        placeholder={m.confirmPlaceholder}
        password
        value={c.confirm}
        maxlength={32}
        onChange={(value) => c.setConfirm(value)}
      />
      {c.error && <View className="account-form__error change-password__error">{c.error}</View>}
      <AppButton
        className="account-form__submit change-password__submit"
        variant="primary"
        disabled={!c.ready}
        disabledReason={c.blocker ? m.changePasswordBlocked[c.blocker] : undefined}
        loading={c.busy}
        onClick={() => void c.submit()}
      >
        {m.save}
      </AppButton>
    </View>
  );
}

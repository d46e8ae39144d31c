import { View } from '@tarojs/components';
import { LabeledInput } from '../../components/labeled-input';
import { PasswordRules } from '../../../../components/password-rules';
import { useChangePassword } from '../../../../features/account/use-change-password';
import { t } from '../../../../i18n';
import { ROUTES, pageQuery, relaunch } from '../../../../platform/navigation';
import '../form.css';
import { AppButton } from '../../../../components/app-button';
import { useCareMode } from '../../../../features/care/use-care-mode';

export default function ChangePasswordPage() {
  const care = useCareMode();
  const c = useChangePassword(pageQuery().name ?? '');
  const m = t.account;
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
      <LabeledInput
        label={m.currentPassword}
        name="change-password__current"
        password
        value={c.current}
        onChange={(value) => c.setCurrent(value)}
      />
      <LabeledInput
        label={m.newPassword}
        name="change-password__new"
        password
        value={c.next}
        maxlength={32}
        onChange={(value) => c.setNext(value)}
      />
      <PasswordRules rules={c.rules} labels={m.passwordRules} />
      <LabeledInput
        label={m.confirmPassword}
        name="change-password__confirm"
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

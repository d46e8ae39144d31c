import { Button, Input, View } from '@tarojs/components';
import { PasswordRules } from '../../../../components/password-rules';
import { useChangePassword } from '../../../../features/account/use-change-password';
import { t } from '../../../../i18n';
import { ROUTES, pageQuery, relaunch } from '../../../../platform/navigation';
import '../form.css';

export default function ChangePasswordPage() {
  const c = useChangePassword(pageQuery().name ?? '');
  const m = t.account;
  if (c.done) {
    return (
      <View className="account-form change-password">
        <View className="account-form__notice change-password__done">{m.passwordChanged}</View>
        <Button className="change-password__to-sign-in" type="primary" onClick={() => relaunch(ROUTES.accountSignIn)}>
          {m.signIn}
        </Button>
      </View>
    );
  }
  return (
    <View className="account-form change-password">
      <View className="account-form__title">{m.changePassword}</View>
      <View className="account-form__label">{m.currentPassword}</View>
      <Input
        className="account-form__input change-password__current"
        password
        value={c.current}
        onInput={(e) => c.setCurrent(e.detail.value)}
      />
      <View className="account-form__label">{m.newPassword}</View>
      <Input
        className="account-form__input change-password__new"
        password
        value={c.next}
        maxlength={32}
        onInput={(e) => c.setNext(e.detail.value)}
      />
      <PasswordRules rules={c.rules} labels={m.passwordRules} />
      <View className="account-form__label">{m.confirmPassword}</View>
      <Input
        className="account-form__input change-password__confirm"
        password
        value={c.confirm}
        maxlength={32}
        onInput={(e) => c.setConfirm(e.detail.value)}
      />
      {c.error && <View className="account-form__error change-password__error">{c.error}</View>}
      <Button
        className="account-form__submit change-password__submit"
        type="primary"
        disabled={!c.ready}
        loading={c.busy}
        onClick={() => void c.submit()}
      >
        {m.save}
      </Button>
    </View>
  );
}

import { Button, Input, View } from '@tarojs/components';
import { PasswordRules } from '../../../../components/password-rules';
import { useFaceCheck, type FacePurpose } from '../../../../features/account/use-face-check';
import { t } from '../../../../i18n';
import { pageQuery } from '../../../../platform/navigation';
import '../form.css';

/**
 * `?purpose=rebind&name=…` moves an account to this WeChat; `?purpose=verify` raises the level;
 * `?purpose=reset` sets a new password for the account bound to this WeChat.
 */
export default function FacePage() {
  const query = pageQuery();
  const purpose: FacePurpose = query.purpose === 'rebind' || query.purpose === 'reset' ? query.purpose : 'verify';
  const f = useFaceCheck(purpose, query.name ?? '');
  const m = t.account;
  return (
    <View className={`account-form face face--${purpose}`}>
      <View className="account-form__title">{m.face.titles[purpose]}</View>
      <View className="account-form__hint">{m.face.intros[purpose]}</View>
      {purpose === 'rebind' && (
        <View>
          <View className="account-form__label">{m.accountName}</View>
          <Input
            className="account-form__input face__account-name"
            value={f.accountName}
            onInput={(e) => f.setAccountName(e.detail.value)}
          />
          <View className="account-form__label">{m.password}</View>
          <Input
            className="account-form__input face__password"
            password
            value={f.password}
            onInput={(e) => f.setPassword(e.detail.value)}
          />
        </View>
      )}
      {purpose === 'reset' && (
        <View>
          <View className="account-form__label">{m.newPassword}</View>
          <Input
            className="account-form__input face__new-password"
            password
            value={f.newPassword}
            maxlength={32}
            onInput={(e) => f.setNewPassword(e.detail.value)}
          />
          <PasswordRules rules={f.rules} labels={m.passwordRules} />
        </View>
      )}
      <View className="account-form__label">{m.realName}</View>
      <Input
        className="account-form__input face__real-name"
        value={f.realName}
        onInput={(e) => f.setRealName(e.detail.value)}
      />
      <View className="account-form__label">{m.documentNumber}</View>
      <Input
        className="account-form__input face__doc-number"
        value={f.documentNumber}
        onInput={(e) => f.setDocumentNumber(e.detail.value)}
      />
      <View className="account-form__hint">{m.face.privacy}</View>
      {f.error && <View className="account-form__error face__error">{f.error}</View>}
      <Button
        className="account-form__submit face__start"
        type="primary"
        disabled={!f.ready}
        loading={f.busy}
        onClick={() => void f.submit()}
      >
        {m.face.start}
      </Button>
    </View>
  );
}

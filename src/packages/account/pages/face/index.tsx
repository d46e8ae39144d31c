import { Button, Input, View } from '@tarojs/components';
import { useFaceCheck, type FacePurpose } from '../../../../features/account/use-face-check';
import { t } from '../../../../i18n';
import { pageQuery } from '../../../../platform/navigation';
import '../form.css';

/** `?purpose=rebind&name=…` moves an account to this WeChat; `?purpose=verify` raises the level. */
export default function FacePage() {
  const query = pageQuery();
  const purpose: FacePurpose = query.purpose === 'rebind' ? 'rebind' : 'verify';
  const f = useFaceCheck(purpose, query.name ?? '');
  const m = t.account;
  return (
    <View className={`account-form face face--${purpose}`}>
      <View className="account-form__title">{purpose === 'rebind' ? m.face.rebindTitle : m.face.verifyTitle}</View>
      <View className="account-form__hint">{purpose === 'rebind' ? m.face.rebindIntro : m.face.verifyIntro}</View>
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

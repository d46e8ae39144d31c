import { View } from '@tarojs/components';
import { TextField } from '../../../../components/text-field';
import { SignedOutNotice } from '../../components/signed-out-notice';
import { PasswordRules } from '../../../../components/password-rules';
import { useFaceCheck, type FacePagePurpose } from '../../../../features/account/use-face-check';
import { tp } from '../../../../i18n/packages';
import { usePageQuery } from '../../../../platform/navigation';
import '../form.css';
import { AppButton } from '../../../../components/app-button';
import { beijingDate } from '../../../../i18n/beijing-time';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';

const PURPOSES: readonly FacePagePurpose[] = ['rebind', 'verify', 'reset', 'cancel', 'unfreeze'];

/**
 * `?purpose=rebind&name=…` moves an account to this WeChat; `?purpose=verify` raises the level;
 * `?purpose=reset` sets a new password for the account bound to this WeChat; `?purpose=cancel`
 * asks to close a face-verified account (password, then face); `?purpose=unfreeze` unfreezes the
 * account bound to this WeChat that its owner froze as stolen.
 */
export default function FacePage() {
  usePageTitle(tp.titles.face);
  const care = useCareMode();
  const query = usePageQuery();
  const purpose = PURPOSES.find((p) => p === query.purpose) ?? 'verify';
  const f = useFaceCheck(purpose, query.name ?? '');
  const m = tp.account;
  if (f.cancellation)
    return <SignedOutNotice page="face" text={m.cancelRequested(beijingDate(f.cancellation.effectiveAt))} />;
  return (
    <View className={`account-form face face--${purpose} ${care.rootClass}`}>
      <View className="account-form__title">{m.face.titles[purpose]}</View>
      <View className="account-form__hint">{m.face.intros[purpose]}</View>
      {(purpose === 'rebind' || purpose === 'cancel') && (
        <View>
          {purpose === 'rebind' && (
            <TextField
              label={m.accountName}
              name="face__account-name"
              placeholder={m.accountNameInput}
              value={f.accountName}
              onChange={(value) => f.setAccountName(value)}
            />
          )}
          <TextField
            label={m.password}
            name="face__password"
            placeholder={m.passwordPlaceholder}
            password
            value={f.password}
            onChange={(value) => f.setPassword(value)}
          />
        </View>
      )}
      {purpose === 'reset' && (
        <View>
          <TextField
            label={m.newPassword}
            name="face__new-password"
            placeholder={m.newPasswordPlaceholder}
            password
            value={f.newPassword}
            maxlength={32}
            onChange={(value) => f.setNewPassword(value)}
          />
          <PasswordRules rules={f.rules} labels={m.passwordRules} />
        </View>
      )}
      <View className="account-form__hint">{m.face.privacy}</View>
      {f.error && <View className="account-form__error face__error">{f.error}</View>}
      <AppButton
        className="account-form__submit face__start"
        variant="primary"
        disabled={!f.ready}
        loading={f.busy}
        onClick={() => void f.submit()}
      >
        {m.face.start}
      </AppButton>
    </View>
  );
}

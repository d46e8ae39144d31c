import { View } from '@tarojs/components';
import { TextField } from '../../../../components/text-field';
import { useSignIn } from '../../../../features/account/use-sign-in';
import { tp } from '../../../../i18n/packages';
import { ROUTES, navigate, redirect } from '../../../../platform/navigation';
import '../form.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { useLinkedSignIn } from '../../../../features/linked/use-linked-sign-in';
import { providerName, tLinked } from '../../../../i18n/linked';
import { tStaffFactor } from '../../../../i18n/staff-factor';

export default function SignInPage() {
  usePageTitle(tp.titles.signIn);
  const care = useCareMode();
  const s = useSignIn();
  const linked = useLinkedSignIn();
  const m = tp.account;
  if (s.withdrawn) {
    return (
      <View className={`account-form sign-in ${care.rootClass}`}>
        <View className="account-form__notice sign-in__withdrawn">{m.withdrawn}</View>
        <AppButton className="sign-in__continue" variant="primary" onClick={() => redirect(ROUTES.accountProfile)}>
          {m.continue}
        </AppButton>
      </View>
    );
  }
  return (
    <View className={`account-form sign-in ${care.rootClass}`}>
      <View className="account-form__title">{m.signInTitle}</View>
      <TextField
        label={m.accountName}
        name="sign-in__account-name"
        placeholder={m.accountNameInput}
        value={s.accountName}
        maxlength={40}
        onChange={(value) => s.setAccountName(value)}
      />
      <TextField
        label={m.password}
        name="sign-in__password"
        password
        value={s.password}
        maxlength={32}
        placeholder={m.passwordPlaceholder}
        onChange={(value) => s.setPassword(value)}
      />
      {s.askCode && (
        <>
          <View className="account-form__notice sign-in__code-intro">{tStaffFactor.signInCodeIntro}</View>
          <TextField
            label={tStaffFactor.code}
            name="sign-in__totp"
            type="number"
            maxlength={6}
            value={s.totpCode}
            placeholder={tStaffFactor.codePlaceholder}
            onChange={(value) => s.setTotpCode(value)}
          />
        </>
      )}
      {s.error && (
        <View
          className={`account-form__error sign-in__error sign-in__error--${s.error.code.replace('.', '-').toLowerCase()}`}
        >
          {s.error.message}
        </View>
      )}
      {s.error?.code === 'ACCOUNT.BOUND_ELSEWHERE' && (
        <View
          className="account-form__link sign-in__to-rebind"
          role="link"
          onClick={() => navigate(ROUTES.accountFace, { purpose: 'rebind', name: s.accountName })}
        >
          {m.face.toRebind}
        </View>
      )}
      {s.error?.code === 'ACCOUNT.FROZEN' && (
        <View
          className="account-form__link sign-in__to-unfreeze"
          role="link"
          onClick={() => navigate(ROUTES.accountFace, { purpose: 'unfreeze' })}
        >
          {m.face.toUnfreeze}
        </View>
      )}
      <AppButton
        className="account-form__submit sign-in__submit"
        variant="primary"
        loading={s.busy}
        disabled={s.askCode && s.totpCode.length !== 6}
        disabledReason={tStaffFactor.codeNeeded}
        onClick={() => void s.submit()}
      >
        {s.busy ? m.busy : m.signIn}
      </AppButton>
      {linked.providers.length > 0 && (
        <View className="account-form__notice sign-in__linked-hint">{tLinked.signInHint}</View>
      )}
      {linked.providers.map((p) => (
        <AppButton
          key={p.id}
          className={`sign-in__linked sign-in__linked--${p.id}`}
          loading={linked.busy === p.id}
          onClick={() => void linked.signInWith(p.id)}
        >
          {tLinked.signInWith(providerName(p.id, p.name))}
        </AppButton>
      ))}
      {linked.error && <View className="account-form__error sign-in__linked-error">{linked.error}</View>}
      <View
        className="account-form__link sign-in__to-reset"
        role="link"
        onClick={() => navigate(ROUTES.accountFace, { purpose: 'reset' })}
      >
        {m.face.toReset}
      </View>
      <View
        className="account-form__link sign-in__to-stolen-report"
        role="link"
        onClick={() => navigate(ROUTES.report, { stolen: '1' })}
      >
        {m.face.toStolenReport}
      </View>
      <View
        className="account-form__link sign-in__to-register"
        role="link"
        onClick={() => navigate(ROUTES.accountRegister)}
      >
        {m.toRegister}
      </View>
    </View>
  );
}

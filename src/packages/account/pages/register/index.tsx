import { View } from '@tarojs/components';
import { DOCUMENT_TYPES } from '../../../../../cloudfunctions/lib/contract/identity-document';
import { MOBILE_COUNTRY_CODES } from '../../../../../cloudfunctions/lib/contract/mobile-number';
import { TextField } from '../../../../components/text-field';
import { PasswordRules } from '../../../../components/password-rules';
import { documentIssue, type RegisterField } from '../../../../features/account/register-form';
import { useRegister } from '../../../../features/account/use-register';
import { tp } from '../../../../i18n/packages';
import { ROUTES, navigate } from '../../../../platform/navigation';
import { DocumentClaimOffer } from '../../components/document-claim-offer';
import '../form.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';

export default function RegisterPage() {
  usePageTitle(tp.titles.register);
  const care = useCareMode();
  const r = useRegister();
  const m = tp.account;
  const problem = (field: RegisterField) =>
    r.problems.includes(field) && (
      <View className={`account-form__problem register__problem register__problem--${field}`}>
        {m.fieldProblems[field]}
      </View>
    );
  const issue = documentIssue(r.draft);

  return (
    <View className={`account-form register ${care.rootClass}`}>
      <View className="account-form__title">{m.registerTitle}</View>
      <View className="account-form__hint">{m.bindingNotice}</View>

      <TextField
        label={m.accountName}
        name="register__account-name"
        value={r.draft.accountName}
        maxlength={20}
        placeholder={m.accountNameInput}
        onChange={(value) => r.update({ accountName: value })}
      />
      {/* The rule stays in sight while the person types, where a placeholder would be cut off and then gone. */}
      <View className="account-form__hint register__account-name-rule">{m.accountNameRule}</View>
      {problem('accountName')}

      <TextField
        label={m.password}
        name="register__password"
        placeholder={m.passwordPlaceholder}
        password
        value={r.draft.password}
        maxlength={32}
        onChange={(value) => r.update({ password: value })}
      />
      <PasswordRules rules={r.rules} labels={m.passwordRules} />
      {problem('password')}
      <TextField
        label={m.confirmPassword}
        name="register__confirm"
        placeholder={m.confirmPlaceholder}
        password
        value={r.draft.confirm}
        maxlength={32}
        onChange={(value) => r.update({ confirm: value })}
      />
      {problem('confirm')}

      <TextField
        label={m.realName}
        name="register__real-name"
        value={r.draft.realName}
        maxlength={60}
        placeholder={m.realNamePlaceholder}
        onChange={(value) => r.update({ realName: value })}
      />
      {problem('realName')}

      <View className="account-form__label">{m.documentType}</View>
      <View className="account-form__choices" role="radiogroup" aria-label={m.documentType}>
        {DOCUMENT_TYPES.map((type) => (
          <View
            key={type}
            className={`account-form__choice register__doc-type register__doc-type--${type}${r.draft.document.type === type ? ' account-form__choice--on' : ''}`}
            role="radio"
            aria-checked={r.draft.document.type === type}
            onClick={() => r.update({ document: { ...r.draft.document, type } })}
          >
            {m.documentTypes[type]}
          </View>
        ))}
      </View>
      <TextField
        label={m.documentNumber}
        name="register__doc-number"
        placeholder={m.documentIssues.empty}
        value={r.draft.document.number}
        maxlength={24}
        onChange={(value) => r.update({ document: { ...r.draft.document, number: value } })}
      />
      {issue && r.draft.document.number.length >= 8 && (
        <View className={`account-form__hint register__doc-issue register__doc-issue--${issue}`}>
          {m.documentIssues[issue]}
        </View>
      )}
      {problem('document')}

      <TextField
        label={m.mobile}
        name="register__mobile"
        type="number"
        placeholder={m.mobilePlaceholder}
        value={r.draft.mobile.number}
        maxlength={11}
        onChange={(value) => r.update({ mobile: { ...r.draft.mobile, number: value } })}
      >
        <View className="account-form__choices" role="radiogroup" aria-label={m.mobile}>
          {MOBILE_COUNTRY_CODES.map((code) => (
            <View
              key={code}
              className={`account-form__choice register__country register__country--${code.slice(1)}${r.draft.mobile.countryCode === code ? ' account-form__choice--on' : ''}`}
              role="radio"
              aria-checked={r.draft.mobile.countryCode === code}
              onClick={() => r.update({ mobile: { ...r.draft.mobile, countryCode: code } })}
            >
              {m.countryCodes[code]}
            </View>
          ))}
        </View>
      </TextField>
      {problem('mobile')}

      <View
        className={`account-form__tick register__agree${r.draft.agreed ? ' account-form__tick--on' : ''}`}
        role="checkbox"
        aria-checked={r.draft.agreed}
        onClick={() => r.update({ agreed: !r.draft.agreed })}
      >
        <View className="account-form__box">{r.draft.agreed ? '✓' : ''}</View>
        <View>{m.agree}</View>
      </View>
      <View className="account-form__choices">
        <View
          className="account-form__link register__read-agreement"
          role="link"
          onClick={() => navigate(ROUTES.policy, { id: 'user-agreement' })}
        >
          {m.readAgreement}
        </View>
        <View
          className="account-form__link register__read-policy"
          role="link"
          onClick={() => navigate(ROUTES.policy, { id: 'privacy-policy' })}
        >
          {m.readPolicy}
        </View>
      </View>
      <View
        className={`account-form__tick register__document-consent${r.draft.documentAgreed ? ' account-form__tick--on' : ''}`}
        role="checkbox"
        aria-checked={r.draft.documentAgreed}
        onClick={() => r.update({ documentAgreed: !r.draft.documentAgreed })}
      >
        <View className="account-form__box">{r.draft.documentAgreed ? '✓' : ''}</View>
        <View>{m.documentConsent}</View>
      </View>
      {problem('consent')}

      {r.error && <View className="account-form__error register__error">{r.error}</View>}
      {r.claimable && <DocumentClaimOffer busy={r.busy} onClaim={() => void r.claim()} />}
      <AppButton
        className="account-form__submit register__submit"
        variant="primary"
        loading={r.busy}
        onClick={() => void r.submit()}
      >
        {r.busy ? m.busy : m.register}
      </AppButton>
      <View
        className="account-form__link register__to-sign-in"
        role="link"
        onClick={() => navigate(ROUTES.accountSignIn)}
      >
        {m.toSignIn}
      </View>
    </View>
  );
}

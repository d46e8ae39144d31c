import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { faceVerificationSupported } from '../../../../../cloudfunctions/lib/contract/account';
import { useProfile } from '../../../../features/account/use-profile';
import { t } from '../../../../i18n';
import { tp } from '../../../../i18n/packages';
import { tIdentity } from '../../../../i18n/identity';
import { tRights } from '../../../../i18n/rights';
import { ROUTES, navigate } from '../../../../platform/navigation';
import { SignedOutNotice } from '../../components/signed-out-notice';
import { MySessions } from '../../components/my-sessions';
import { tSessions } from '../../../../i18n/sessions';
import { LanguageSwitch } from '../../../../components/language-switch';
import { CareSwitch } from '../../../../components/care-switch';
import '../form.css';
import { AppButton } from '../../../../components/app-button';
import { TextField } from '../../../../components/text-field';
import { beijingDate } from '../../../../i18n/beijing-time';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';

/** Cooling-off days as configured by default in the cloud; the cloud's answer carries the date. */
const COOLING_OFF_DAYS = 15;

function Row({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <View className={`account-form__row profile__row profile__row--${name}`}>
      <View className="account-form__row-label">{label}</View>
      <View className={`profile__value profile__value--${name}`}>{value}</View>
    </View>
  );
}

export default function ProfilePage() {
  usePageTitle(tp.titles.profile);
  const care = useCareMode();
  const p = useProfile();
  const m = tp.account;
  const [password, setPassword] = useState('');
  const [frozen, setFrozen] = useState(false);

  useDidShow(() => {
    void p.load();
  });

  if (frozen) return <SignedOutNotice page="profile" text={tSessions.frozen} />;
  if (p.signedOut || p.cancellation) {
    const text = p.cancellation ? m.cancelRequested(beijingDate(p.cancellation.effectiveAt)) : m.signedOut;
    return <SignedOutNotice page="profile" text={text} />;
  }
  const v = p.profile;
  return (
    <View className={`account-form profile ${care.rootClass}`}>
      <View className="account-form__title">{t.account.profileTitle}</View>
      {p.error && <View className="account-form__error profile__error">{p.error}</View>}
      {v && (
        <View className="profile__details">
          <View className="account-form__hint">{m.maskedNotice}</View>
          <Row name="account-name" label={m.accountName} value={v.accountName} />
          <Row name="real-name" label={m.realName} value={v.realName} />
          <Row name="document" label={m.documentTypes[v.document.type]} value={v.document.number} />
          <Row name="mobile" label={m.mobile} value={`${v.mobile.countryCode} ${v.mobile.number}`} />
          <Row name="address" label={m.address} value={v.address ?? m.notSet} />
          <Row name="contact" label={m.contact} value={v.contact ?? m.notSet} />
          <Row name="verification" label={m.verification} value={m.levels[v.verification.level]} />
          <Row name="status" label={m.status} value={m.states[v.status.state]} />
          {v.status.reason && <Row name="status-reason" label={m.statusReason} value={v.status.reason} />}
          {v.verification.level !== 'face-verified' && faceVerificationSupported(v.document) && (
            <View
              className="account-form__link profile__to-face"
              role="link"
              onClick={() => navigate(ROUTES.accountFace, { purpose: 'verify' })}
            >
              {m.face.toVerify}
            </View>
          )}
          {!faceVerificationSupported(v.document) && v.verification.level !== 'staff-verified' && (
            <View
              className="account-form__link profile__to-identity"
              role="link"
              onClick={() => navigate(ROUTES.accountIdentity)}
            >
              {tIdentity.entry}
            </View>
          )}
          <View className="account-form__hint">{m.correctionNotice}</View>
          <View className="account-form__link profile__to-rights" role="link" onClick={() => navigate(ROUTES.rights)}>
            {tRights.correctionEntry}
          </View>
          {v.roles.some((role) => role !== 'user') && (
            <View
              className="account-form__link profile__to-staff-desk"
              role="link"
              onClick={() => navigate(ROUTES.staffDesk)}
            >
              {tRights.staffDeskEntry}
            </View>
          )}
          <View className="profile__language">
            <LanguageSwitch />
          </View>
          <View className="profile__care">
            <CareSwitch />
          </View>
          <AppButton
            className="account-form__submit profile__change-password"
            onClick={() => navigate(ROUTES.accountChangePassword, { name: v.accountName })}
          >
            {m.changePassword}
          </AppButton>
          <AppButton className="account-form__submit profile__sign-out" variant="warn" onClick={() => void p.signOut()}>
            {m.signOut}
          </AppButton>
          <MySessions onFrozen={() => setFrozen(true)} />
          <View className="account-form__label">{m.cancelTitle}</View>
          <View className="account-form__hint">{m.cancelIntro(COOLING_OFF_DAYS)}</View>
          {/* The cloud asks a face-verified account for a face check as well (FACE.REQUIRED). */}
          {v.verification.level === 'face-verified' ? (
            <AppButton
              className="account-form__submit profile__cancel-with-face"
              onClick={() => navigate(ROUTES.accountFace, { purpose: 'cancel' })}
            >
              {m.face.toCancel}
            </AppButton>
          ) : (
            <View>
              <TextField
                label={m.password}
                name="profile__cancel-password"
                password
                value={password}
                placeholder={m.cancelPassword}
                onChange={setPassword}
              />
              <AppButton
                className="account-form__submit profile__cancel-submit"
                disabled={!password}
                onClick={() => void p.requestCancellation(password)}
              >
                {m.cancelSubmit}
              </AppButton>
            </View>
          )}
        </View>
      )}
    </View>
  );
}

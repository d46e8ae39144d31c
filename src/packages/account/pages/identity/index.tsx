import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { AppButton } from '../../../../components/app-button';
import { useIdentityCheck } from '../../../../features/account/use-identity-check';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { tp } from '../../../../i18n/packages';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { tIdentity } from '../../../../i18n/identity';
import { ROUTES, redirect } from '../../../../platform/navigation';
import { usePageTitle } from '../../../../platform/page-title';
import '../form.css';
import './index.css';

/**
 * 实名核验 (level 2): where a refusal with IDENTITY.LEVEL_REQUIRED leads. A mainland ID card goes
 * to WeChat's face check; other documents are photographed and checked by staff, and the page
 * shows that check waiting, approved, or refused with the reviewer's reason.
 */
export default function IdentityPage() {
  usePageTitle(tp.titles.identity);
  const care = useCareMode();
  const c = useIdentityCheck();
  useDidShow(() => {
    void c.load();
  });
  const m = tIdentity;
  const review = c.review;
  const waiting = review?.status === 'pending';

  return (
    <View className={`account-form identity ${care.rootClass}`}>
      <View className="account-form__title">{m.title}</View>
      <View className="account-form__hint">{m.intro}</View>
      {c.signedOut && <View className="account-form__notice identity__signed-out">{m.signedOut}</View>}
      {c.profile && (
        <View className="identity__level">{m.current(tp.account.levels[c.profile.verification.level])}</View>
      )}
      {c.error && <View className="account-form__error identity__error">{c.error}</View>}
      {c.route === 'verified' && (
        <View className="account-form__notice identity__verified">
          {review?.status === 'approved' ? m.approved : m.verified}
        </View>
      )}
      {c.route === 'face' && (
        <View>
          <View className="account-form__hint">{m.faceRoute}</View>
          <AppButton className="identity__to-face" variant="primary" onClick={c.toFace}>
            {m.toFace}
          </AppButton>
        </View>
      )}
      {c.route === 'photo' && review?.status === 'refused' && (
        <View className="identity__refused">{review.comment ? m.refused(review.comment) : m.refusedNoReason}</View>
      )}
      {c.route === 'photo' && waiting && review.submittedAt && (
        <View className="account-form__notice identity__pending">{m.pending(beijingDateTime(review.submittedAt))}</View>
      )}
      {c.route === 'photo' && !waiting && (
        <View>
          <View className="account-form__hint">{m.photoRoute}</View>
          <View className="identity__sources">
            <AppButton className="identity__camera" disabled={c.busy} onClick={() => void c.pickPhoto('camera')}>
              {m.takePhoto}
            </AppButton>
            <AppButton className="identity__album" disabled={c.busy} onClick={() => void c.pickPhoto('album')}>
              {m.pickPhoto}
            </AppButton>
          </View>
          {c.photo && <View className="identity__chosen">{m.photoChosen(c.photo.name)}</View>}
          <AppButton
            className="account-form__submit identity__submit"
            variant="primary"
            disabled={!c.photo}
            loading={c.busy}
            onClick={() => void c.submit()}
          >
            {m.submit}
          </AppButton>
        </View>
      )}
      {c.notice && <View className="account-form__hint identity__notice">{c.notice}</View>}
      <View
        className="account-form__link identity__to-profile"
        role="link"
        onClick={() => redirect(ROUTES.accountProfile)}
      >
        {m.toProfile}
      </View>
    </View>
  );
}

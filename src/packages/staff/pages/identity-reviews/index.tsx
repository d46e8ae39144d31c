import { Image, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { AppButton } from '../../../../components/app-button';
import { TextField } from '../../../../components/text-field';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { useIdentityReviews } from '../../../../features/staff/use-identity-reviews';
import { tp } from '../../../../i18n/packages';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { tIdentity } from '../../../../i18n/identity';
import { tStaffFactor } from '../../../../i18n/staff-factor';
import { usePageTitle } from '../../../../platform/page-title';
import '../staff-desk.css';
// After the desk's styles, as on the desk and the privacy requests (one CSS order in the staff package).
import { FactorPrompt } from '../../../../components/factor-prompt';
import './index.css';

const s = tIdentity.staff;

/**
 * Staff real-name checks (L2 for documents WeChat's face check does not take): the queue, then the
 * one check this reviewer opened, with the registered name and number beside the document photo.
 * The photo is a temp link of a private file, counted on for ten minutes only (PARITY.md, "Not
 * mirrored, or unclear"): back to the list and open again for a fresh one. Opening needs a fresh
 * code from the authenticator (the step-up): the prompt asks above the list, then the check opens.
 */
export default function StaffIdentityReviewsPage() {
  usePageTitle(tp.titles.identityReviews);
  const care = useCareMode();
  const r = useIdentityReviews();
  useDidShow(() => {
    void r.load();
  });
  const opened = r.opened;

  return (
    <View className={`staff-desk identity-reviews ${care.rootClass}`}>
      <View className="staff-desk__title">{s.title}</View>
      <View className="staff-desk__meta">{s.intro}</View>
      {r.error && <View className="staff-desk__error identity-reviews__error">{r.error}</View>}
      {opened ? (
        <View className="staff-desk__section identity-reviews__opened">
          <View className="staff-desk__row">
            <View className="staff-desk__label">{s.realName}</View>
            <View className="identity-reviews__real-name">{opened.realName}</View>
          </View>
          <View className="staff-desk__row">
            <View className="staff-desk__label">{tp.account.documentType}</View>
            <View>{tp.account.documentTypes[opened.documentType]}</View>
          </View>
          <View className="staff-desk__row">
            <View className="staff-desk__label">{s.documentNumber}</View>
            <View className="identity-reviews__number">{opened.documentNumber}</View>
          </View>
          {opened.photoUrl ? (
            <Image
              className="identity-reviews__photo"
              src={opened.photoUrl}
              mode="aspectFit"
              aria-label={s.photo}
              // The browser build draws an <img> inside the component: its alt carries the same words.
              nativeProps={{ alt: s.photo }}
            />
          ) : (
            <View className="staff-desk__meta">{s.noPhoto}</View>
          )}
          <TextField
            label={s.comment}
            name="identity-reviews__comment"
            placeholder={s.commentPlaceholder}
            maxlength={200}
            value={r.comment}
            onChange={r.setComment}
          />
          <View className="staff-desk__choices">
            <AppButton
              className="identity-reviews__approve"
              variant="primary"
              disabled={r.busy}
              onClick={() => void r.decide('approve')}
            >
              {s.approve}
            </AppButton>
            <AppButton
              className="identity-reviews__refuse"
              variant="warn"
              disabled={r.busy}
              onClick={() => void r.decide('refuse')}
            >
              {s.refuse}
            </AppButton>
          </View>
          <View className="staff-desk__link qyb-tap identity-reviews__back" role="button" onClick={r.close}>
            {s.back}
          </View>
        </View>
      ) : (
        <View>
          {r.factorPrompt.open && (
            <FactorPrompt
              copy={tStaffFactor}
              code={r.factorPrompt.code}
              onChange={r.factorPrompt.onChange}
              busy={r.factorPrompt.busy}
              error={r.factorPrompt.error}
              onVerify={() => void r.factorPrompt.verify()}
              onCancel={r.factorPrompt.cancel}
            />
          )}
          {r.loaded && r.items.length === 0 && !r.error && (
            <View className="staff-desk__meta identity-reviews__empty">{s.empty}</View>
          )}
          {r.items.map((item) => (
            <View key={item.reviewId} className="staff-desk__item identity-reviews__item">
              <View>{tp.account.documentTypes[item.documentType]}</View>
              <View className="staff-desk__meta">
                {s.submittedAt} {beijingDateTime(item.submittedAt)}
                {item.taken ? ` · ${s.taken}` : ''}
              </View>
              <AppButton
                className="identity-reviews__open"
                disabled={r.busy || r.factorPrompt.open}
                onClick={() => void r.open(item.reviewId)}
              >
                {s.open}
              </AppButton>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

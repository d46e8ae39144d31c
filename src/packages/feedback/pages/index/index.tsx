import { SignInPrompt } from '../../../../components/sign-in-prompt';
import { View } from '@tarojs/components';
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_PHOTOS_MAX,
  FEEDBACK_TEXT_MAX,
} from '../../../../../cloudfunctions/lib/contract/feedback';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { useFeedbackForm } from '../../../../features/feedback/use-feedback-form';
import { useMyFeedback } from '../../../../features/feedback/use-my-feedback';
import { tFeedback as m } from '../../../../i18n/feedback';
import { ROUTES, navigate } from '../../../../platform/navigation';
import { tReports } from '../../../../i18n/reports';
import './index.css';
import { AppButton } from '../../../../components/app-button';
import { ListError } from '../../../../components/list-error';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { TextField } from '../../../../components/text-field';

/** Feedback on the agreement and the policy, complaints and suggestions; then my feedback. */
export default function FeedbackPage() {
  usePageTitle(tp.titles.feedback);
  const care = useCareMode();
  const mine = useMyFeedback();
  const form = useFeedbackForm(() => void mine.load());
  const { voice } = form;

  if (mine.signedOut || form.signedOut) {
    return (
      <View className={`feedback ${care.rootClass}`}>
        <SignInPrompt
          text={m.signInFirst}
          action={m.signIn}
          className="feedback__signed-out"
          buttonClassName="feedback__sign-in"
        />
      </View>
    );
  }

  return (
    <View className={`feedback ${care.rootClass}`}>
      <View className="feedback__section">
        <View className="feedback__intro">{m.intro}</View>
        <View className="feedback__report" role="link" onClick={() => navigate(ROUTES.report)}>
          {tReports.entry.link}
        </View>
        <View className="feedback__label">{m.category}</View>
        <View className="feedback__categories" role="radiogroup" aria-label={m.category}>
          {FEEDBACK_CATEGORIES.map((id) => (
            <View
              key={id}
              className={`feedback__category qyb-tap feedback__category--${id}${form.category === id ? ' feedback__category--on' : ''}`}
              role="radio"
              aria-checked={form.category === id}
              onClick={() => form.setCategory(id)}
            >
              {m.categories[id]}
            </View>
          ))}
        </View>
        {/* Input, not Textarea: every component type used adds its template to the main package. */}
        <TextField
          name="feedback__text"
          label={m.text}
          value={form.text}
          maxlength={FEEDBACK_TEXT_MAX}
          placeholder={m.textPlaceholder}
          onChange={form.setText}
        />

        <View className="feedback__label">{m.photos}</View>
        <View className="feedback__location-notice">{m.locationNotice}</View>
        <View
          className={`feedback__keep-location${form.keepLocation ? ' feedback__keep-location--on' : ''}`}
          role="checkbox"
          aria-checked={form.keepLocation}
          onClick={form.toggleKeepLocation}
        >
          {m.keepLocation}
        </View>
        <View className="feedback__photos">
          {form.photos.map((photo, index) => (
            <View key={photo.uploadId} className={`feedback__photo feedback__photo--${photo.location}`}>
              {m.photoLabel(index + 1, photo.location)}
              <View className="feedback__remove qyb-tap" role="button" onClick={() => form.removePhoto(photo.uploadId)}>
                {m.removePhoto}
              </View>
            </View>
          ))}
        </View>
        {form.photos.length < FEEDBACK_PHOTOS_MAX && (
          <View className="feedback__add">
            <View className="feedback__add-album qyb-tap" role="button" onClick={() => void form.addPhotos('album')}>
              {m.fromAlbum}
            </View>
            <View className="feedback__add-camera qyb-tap" role="button" onClick={() => void form.addPhotos('camera')}>
              {m.fromCamera}
            </View>
          </View>
        )}

        <View className="feedback__label">{m.voice}</View>
        {voice.off ? (
          <View className="feedback__voice-off">{voice.off}</View>
        ) : voice.voice ? (
          <View className="feedback__voice-added">
            {m.voiceAdded(voice.voice.seconds)}
            <View className="feedback__remove qyb-tap" role="button" onClick={voice.clear}>
              {m.removeVoice}
            </View>
          </View>
        ) : voice.recording ? (
          <View className="feedback__stop qyb-tap" role="button" onClick={() => void voice.stop()}>
            {m.recording} {m.stop}
          </View>
        ) : (
          <View className="feedback__record qyb-tap" role="button" onClick={() => void voice.start()}>
            {m.record}
          </View>
        )}

        {form.busy && <View className="feedback__busy">{m.uploading}</View>}
        {form.error && <View className="feedback__error">{form.error}</View>}
        {form.notice && <View className="feedback__notice">{form.notice}</View>}
        <AppButton
          className="feedback__submit"
          variant="primary"
          disabled={!form.ready}
          disabledReason={form.text.trim() ? undefined : m.submitBlocked}
          loading={form.busy}
          onClick={() => void form.submit()}
        >
          {m.submit}
        </AppButton>
      </View>

      <View className="feedback__section feedback__mine">
        <View className="feedback__title">{m.mine}</View>
        {mine.error && <ListError name="feedback__mine-error" message={mine.error} onRetry={mine.load} />}
        {!mine.error && mine.items.length === 0 && <View className="feedback__meta">{m.none}</View>}
        {mine.items.map((item) => (
          <View key={item.id} className="feedback__item">
            <View className="feedback__item-head">
              {m.categories[item.category]} · {m.statuses[item.status]}
            </View>
            <View className="feedback__item-text">{item.text}</View>
            <View className="feedback__meta">
              {beijingDateTime(item.createdAt)} {m.attachments(item.photos.length, item.voice !== null)}
            </View>
            {item.reply && (
              <View className="feedback__reply">
                <View className="feedback__meta">{m.reply(beijingDateTime(item.reply.at))}</View>
                <View className="feedback__item-text">{item.reply.text}</View>
              </View>
            )}
            <AppButton className="feedback__delete" variant="warn" onClick={() => void mine.remove(item.id)}>
              {m.remove}
            </AppButton>
          </View>
        ))}
      </View>
    </View>
  );
}

import { View } from '@tarojs/components';
import { ANNOUNCEMENT_TYPES } from '../../../../../cloudfunctions/lib/contract/announcement';
import { AppButton } from '../../../../components/app-button';
import { usePublishAnnouncement } from '../../../../features/inbox/use-publish-announcement';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { tPush } from '../../../../i18n/push';
import { tFields } from '../../../../i18n/fields';
import { Choices } from './choices';
import { Field } from './field';
import { MessageFields } from './message-fields';

const m = tPush.announce;

/** Admins announce maintenance or a service change before the date: banner for all, inbox for everyone. */
export function AnnounceForm() {
  const a = usePublishAnnouncement();
  const f = a.form;
  return (
    <View className="push__section push__announce">
      <View className="push__label">{m.title}</View>
      <View className="push__hint">{m.intro}</View>
      <Choices
        label={m.typeLabel}
        options={ANNOUNCEMENT_TYPES}
        value={f.type}
        className={(type) => `push__announce-type--${type}`}
        text={(type) => m.types[type]}
        onPick={(type) => a.set('type', type)}
      />
      <MessageFields
        prefix="announce-"
        title={f.title}
        body={f.body}
        onTitle={(v) => a.set('title', v)}
        onBody={(v) => a.set('body', v)}
      />
      <Field
        name="announce-starts"
        placeholder={tFields.push.starts}
        label={m.startsLabel}
        value={f.startsAt}
        max={16}
        onInput={(v) => a.set('startsAt', v)}
      />
      <Field
        name="announce-ends"
        placeholder={tFields.push.ends}
        label={m.endsLabel}
        value={f.endsAt}
        max={16}
        onInput={(v) => a.set('endsAt', v)}
      />
      {a.error && <View className="push__error">{a.error}</View>}
      {a.published?.job.proposalId && <View className="push__hint push__awaiting">{m.awaitingApproval}</View>}
      {a.published && !a.published.job.proposalId && a.endsAt !== null && (
        <View className="push__done">{m.published(beijingDateTime(a.endsAt))}</View>
      )}
      <AppButton
        className="push__announce-publish"
        variant="primary"
        disabled={!f.title || !f.body || !f.startsAt || !f.endsAt || a.busy}
        loading={a.busy}
        onClick={() => void a.publish()}
      >
        {m.publish}
      </AppButton>
    </View>
  );
}

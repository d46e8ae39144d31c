import { labelled } from '../../../../i18n/compose';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { FeedbackQueueItem } from '../../../../../cloudfunctions/lib/contract/feedback-handling';
import { AppButton } from '../../../../components/app-button';
import { useStaffFeedback } from '../../../../features/feedback/use-staff-feedback';
import { beijingDate } from '../../../../i18n/beijing-time';
import { tFeedback } from '../../../../i18n/feedback';
import { tReports } from '../../../../i18n/reports';
import '../../../../styles/service-desk.css';
import { tp } from '../../../../i18n/packages';
import { usePageTitle } from '../../../../platform/page-title';
import { tFields } from '../../../../i18n/fields';
import { TextField } from '../../../../components/text-field';
import { useCareMode } from '../../../../features/care/use-care-mode';

const q = tReports.feedbackQueue;

/** A privacy complaint is answered only to a verified identity (policy §10): the button says why it waits. */
const replyBlocked = (item: FeedbackQueueItem) => item.category === 'privacy' && !item.identityVerified;

export default function StaffFeedbackPage() {
  const care = useCareMode();
  usePageTitle(tp.titles.staffFeedback);
  const f = useStaffFeedback();
  useDidShow(() => {
    void f.load();
  });
  return (
    <View className={`svc staff-feedback ${care.rootClass}`}>
      <View className="svc__title">{q.title}</View>
      {f.error && <View className="svc__error staff-feedback__error">{f.error}</View>}
      {f.loaded && f.items.length === 0 && !f.error && (
        <View className="svc__hint staff-feedback__empty">{q.empty}</View>
      )}
      {f.items.map((item) => (
        <View key={item.id} className={`svc__card staff-feedback__item staff-feedback__item--${item.status}`}>
          <View className="svc__card-title">
            {tFeedback.categories[item.category]} · {tFeedback.statuses[item.status]}
            {item.escalated && <View className="svc__tag staff-feedback__escalated">{q.escalated}</View>}
          </View>
          <View className="svc__hint">
            {labelled(q.due, beijingDate(item.dueAt))}
            {item.guest ? ` · ${q.guest}` : ''}
          </View>
          <View className="staff-feedback__text">{item.text}</View>
          {item.contact && (
            <View className="svc__row">
              <View className="svc__row-label">{q.contact}</View>
              <View>{item.contact}</View>
            </View>
          )}
          <View className="svc__hint">
            {labelled(q.assignee, item.assigneeId ? item.assigneeId.slice(-6) : q.unassigned)}
          </View>
          {item.status === 'received' && (
            <AppButton
              className="svc__button staff-feedback__assign"
              disabled={f.busy}
              onClick={() => void f.assign(item.id)}
            >
              {q.assign}
            </AppButton>
          )}
          {item.status === 'in-progress' && (
            <View>
              <TextField
                name="staff-feedback__reply-text"
                idSuffix={item.id}
                label={tFields.staff.replyLabel}
                value={f.replies[item.id] ?? ''}
                maxlength={1000}
                placeholder={q.replyPlaceholder}
                disabled={replyBlocked(item)}
                onChange={(reply) => f.setReply(item.id, reply)}
              />
              {replyBlocked(item) && <View className="svc__notice staff-feedback__unverified">{q.unverified}</View>}
              <AppButton
                className="svc__button staff-feedback__reply"
                variant="primary"
                disabled={f.busy || replyBlocked(item) || !(f.replies[item.id] ?? '').trim()}
                onClick={() => void f.reply(item.id)}
              >
                {q.reply}
              </AppButton>
            </View>
          )}
          {item.status === 'answered' && (
            <AppButton
              className="svc__button staff-feedback__close"
              disabled={f.busy}
              onClick={() => void f.close(item.id)}
            >
              {q.close}
            </AppButton>
          )}
        </View>
      ))}
    </View>
  );
}

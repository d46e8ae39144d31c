import { Picker, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { STATUS_GROUP_KEYS, type StatusGroup } from '../../../../../cloudfunctions/lib/contract/requests';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { labelled } from '../../../../i18n/compose';
import { useStaffQueue } from '../../../../features/requests/use-staff-queue';
import { tr } from '../../../../i18n/requests';
import { ROUTES, navigate } from '../../../../platform/navigation';
import '../../../../styles/service-desk.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { RequestCard } from '../../../../components/request-card';
import { requestMatterName } from '../../../../features/requests/matter-text';

const s = tr.staff;
/** What staff still act on is the default group, named 待处理 here. */
const groupLabel = (group: StatusGroup) => (group === 'inProgress' ? s.open : tr.mine.groups[group]);

export default function StaffQueuePage() {
  usePageTitle(tp.titles.staffQueue);
  const care = useCareMode();
  const q = useStaffQueue();
  useDidShow(() => {
    void q.refresh();
  });
  const chip = (role: 'radio' | 'checkbox', on: boolean, name: string, label: string, onClick: () => void) => (
    <View
      key={name}
      className={`svc__choice qyb-tap ${name}${on ? ' svc__choice--on' : ''}`}
      role={role}
      aria-checked={on}
      onClick={onClick}
    >
      {label}
    </View>
  );
  if (q.error?.code === 'ACCOUNT.FORBIDDEN' || q.error?.code === 'ACCOUNT.NOT_SIGNED_IN')
    return <View className="svc svc__notice queue__forbidden">{s.notStaff}</View>;
  return (
    <View className={`svc queue ${care.rootClass}`}>
      <View className="svc__title">{s.queueTitle}</View>
      <View className="svc__link qyb-tap queue__to-grants" role="link" onClick={() => navigate(ROUTES.staffGrants)}>
        {s.toGrants}
      </View>
      <Picker
        mode="selector"
        range={[s.allMatters, ...q.matters.map((m) => m.name)]}
        value={q.matters.findIndex((m) => m.code === q.filter.matterCode) + 1}
        onChange={(e) => q.change({ matterCode: q.matters[Number(e.detail.value) - 1]?.code })}
      >
        <View className="svc__row queue__matter" role="button">
          <View className="svc__row-label">{tr.detail.matter}</View>
          <View className="queue__matter-name">
            {q.matters.find((m) => m.code === q.filter.matterCode)?.name ?? s.allMatters} ▾
          </View>
        </View>
      </Picker>
      <View className="svc__choices queue__statuses">
        {/* The statuses are one choice (a named radiogroup); the mine-only filter is a checkbox beside it. */}
        <View className="svc__choices" role="radiogroup" aria-label={tr.detail.status}>
          {STATUS_GROUP_KEYS.map((group) =>
            chip(
              'radio',
              (q.filter.group ?? 'inProgress') === group,
              `queue__status queue__status--${group}`,
              groupLabel(group),
              () => q.change({ group }),
            ),
          )}
        </View>
        {chip('checkbox', Boolean(q.filter.assignedToMe), 'queue__mine', s.mineOnly, () =>
          q.change({ assignedToMe: !q.filter.assignedToMe }),
        )}
      </View>
      {q.error && <View className="svc__error queue__error">{q.error.message}</View>}
      {q.loaded && q.items.length === 0 && !q.error && <View className="svc__hint queue__empty">{tr.mine.empty}</View>}
      {q.items.map((item) => (
        <RequestCard
          key={item.id}
          name={`queue__item queue__item--${item.status}`}
          title={requestMatterName(item)}
          titleName="queue__matter"
          status={item.status}
          onClick={() => navigate(ROUTES.staffRequest, { id: item.id })}
        >
          <View className="svc__hint">{item.number}</View>
          <View className="svc__hint">
            {labelled(s.applicantName, item.applicantName ?? s.personalApplication)}
            {item.asEnterprise ? ` · ${tr.mine.asAgent(item.asEnterprise.name)}` : ''}
          </View>
          <View className="svc__hint">
            {labelled(s.assignee, item.assigneeName ?? s.unassigned)} · {beijingDateTime(item.submittedAt)}
          </View>
        </RequestCard>
      ))}
      {q.hasMore && (
        <AppButton className="svc__button queue__more" onClick={() => void q.more()}>
          {tr.mine.more}
        </AppButton>
      )}
    </View>
  );
}

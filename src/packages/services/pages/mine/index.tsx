import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { STATUS_GROUP_KEYS, type StatusGroup } from '../../../../../cloudfunctions/lib/contract/requests';
import { useMyRequests } from '../../../../features/requests/use-my-requests';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { tr } from '../../../../i18n/requests';
import { ROUTES, navigate, usePageQuery } from '../../../../platform/navigation';
import '../../../../styles/service-desk.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { ListError } from '../../../../components/list-error';
import { Skeleton } from '../../../../components/skeleton';
import { RequestCard } from '../../../../components/request-card';
import { requestMatterName } from '../../../../features/requests/matter-text';

export default function MyRequestsPage() {
  usePageTitle(tp.titles.mine);
  const care = useCareMode();
  // Home's glance opens one group (`?group=`); anything else is the whole list.
  const asked = usePageQuery().group;
  const list = useMyRequests(STATUS_GROUP_KEYS.find((g): g is StatusGroup => g === asked));
  const m = tr.mine;
  useDidShow(() => {
    void list.refresh();
  });
  return (
    <View className={`svc mine ${care.rootClass}`}>
      <View className="svc__title">{m.title}</View>
      <View className="svc__choices mine__filters" role="radiogroup" aria-label={m.title}>
        <View
          className={`svc__choice qyb-tap mine__filter mine__filter--all${list.group ? '' : ' svc__choice--on'}`}
          role="radio"
          aria-checked={!list.group}
          onClick={() => list.filter(undefined)}
        >
          {m.all}
        </View>
        {STATUS_GROUP_KEYS.map((group) => (
          <View
            key={group}
            className={`svc__choice qyb-tap mine__filter mine__filter--${group}${list.group === group ? ' svc__choice--on' : ''}`}
            role="radio"
            aria-checked={list.group === group}
            onClick={() => list.filter(group)}
          >
            {m.groups[group]}
          </View>
        ))}
      </View>
      {list.error && <ListError name="mine__error" message={list.error.message} onRetry={list.refresh} />}
      {!list.loaded && !list.error && <Skeleton name="mine__loading" />}
      {list.loaded && list.items.length === 0 && !list.error && (
        <View className="svc__hint mine__empty">{m.empty}</View>
      )}
      {list.items.map((item) => (
        <RequestCard
          key={item.id}
          name={`mine__item mine__item--${item.status}`}
          title={requestMatterName(item)}
          titleName="mine__matter"
          status={item.status}
          onClick={() => navigate(ROUTES.requestDetail, { id: item.id })}
        >
          <View className="svc__hint mine__number">{item.number}</View>
          {item.asEnterprise && <View className="svc__hint mine__agent">{m.asAgent(item.asEnterprise.name)}</View>}
          <View className="svc__hint">
            {m.submittedAt} {beijingDateTime(item.submittedAt)}
          </View>
        </RequestCard>
      ))}
      {list.hasMore && (
        <AppButton className="svc__button mine__more" loading={list.busy} onClick={() => void list.more()}>
          {m.more}
        </AppButton>
      )}
      {list.loaded && !list.hasMore && list.items.length > 0 && <View className="svc__hint mine__end">{m.end}</View>}
    </View>
  );
}

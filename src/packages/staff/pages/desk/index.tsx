import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useStaffDesk } from '../../../../features/staff/use-staff-desk';
import { tStaffDesk } from '../../../../i18n/staff-desk';
import { ROUTES, navigate } from '../../../../platform/navigation';
import '../staff-desk.css';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';

const d = tStaffDesk.desk;

/** One door to every staff screen: those the account's roles open, each with what it is for. */
export default function StaffDeskPage() {
  usePageTitle(tp.titles.staffDesk);
  const care = useCareMode();
  const { state, refresh } = useStaffDesk();
  useDidShow(() => {
    void refresh();
  });
  if (state.kind === 'loading') return <View className="staff-desk staff-desk__meta">{d.loading}</View>;
  if (state.kind === 'failed') {
    return (
      <View className={`staff-desk ${care.rootClass}`}>
        <View className="staff-desk__section desk__failed">{state.message}</View>
        {state.code === 'ACCOUNT.NOT_SIGNED_IN' && (
          <View className="staff-desk__link desk__sign-in" onClick={() => navigate(ROUTES.accountSignIn)}>
            {d.signIn}
          </View>
        )}
      </View>
    );
  }
  return (
    <View className={`staff-desk desk ${care.rootClass}`}>
      <View className="staff-desk__meta desk__roles">
        {d.roles}
        {state.roles
          .filter((role) => role !== 'user')
          .map((role) => tStaffDesk.accounts.roleNames[role])
          .join('、')}
      </View>
      {state.entries.length === 0 && <View className="staff-desk__section desk__none">{d.none}</View>}
      {state.entries.map((entry) => (
        <View
          key={entry.id}
          className={`staff-desk__section desk__entry desk__entry--${entry.id}`}
          onClick={() => navigate(entry.route)}
        >
          <View className="staff-desk__title">{d.entries[entry.id].title}</View>
          <View className="staff-desk__meta">{d.entries[entry.id].purpose}</View>
        </View>
      ))}
      <View className="staff-desk__meta desk__publish">{d.publishNote}</View>
    </View>
  );
}

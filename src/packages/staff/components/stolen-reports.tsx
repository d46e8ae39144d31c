import { View } from '@tarojs/components';
import { AppButton } from '../../../components/app-button';
import { useStolenReports } from '../../../features/staff/use-stolen-reports';
import { beijingDateTime } from '../../../i18n/beijing-time';
import { tStaffDesk } from '../../../i18n/staff-desk';

/** "My account was stolen" reports waiting on the accounts screen, each with 冻结 (issue 15). */
export function StolenReports() {
  const s = useStolenReports();
  const m = tStaffDesk.accounts;
  return (
    <View className="staff-desk__section stolen-reports">
      <View className="staff-desk__title">{m.stolenTitle}</View>
      {s.error && <View className="staff-desk__error stolen-reports__error">{s.error}</View>}
      {s.items.length === 0 && <View className="staff-desk__meta stolen-reports__empty">{m.stolenEmpty}</View>}
      {s.items.map((item) => (
        <View key={item.id} className="stolen-reports__item">
          <View className="staff-desk__row">
            <View>{m.stolenAccount}</View>
            <View className="stolen-reports__account">{item.target}</View>
          </View>
          <View className="staff-desk__row">
            <View>{m.reportedAt}</View>
            <View>{beijingDateTime(item.createdAt)}</View>
          </View>
          <View className="staff-desk__row">
            <View>{m.contact}</View>
            <View className="stolen-reports__contact">{item.contact ?? m.noContact}</View>
          </View>
          {item.text && <View className="staff-desk__meta stolen-reports__text">{item.text}</View>}
          <AppButton
            className="staff-desk__button stolen-reports__freeze"
            variant="warn"
            loading={s.busy}
            onClick={() => void s.freeze(item.id)}
          >
            {m.freeze}
          </AppButton>
        </View>
      ))}
    </View>
  );
}

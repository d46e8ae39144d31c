import { View } from '@tarojs/components';
import { PermissionList } from '../../../../components/permission-list';
import { usePermissionStates } from '../../../../features/permissions/use-permission-states';
import { tp } from '../../../../i18n/packages';
import './index.css';
import { usePageTitle } from '../../../../platform/page-title';
import { useCareMode } from '../../../../features/care/use-care-mode';

/** Privacy center: the device permissions of policy §3.3, their purposes and current states. */
export default function PermissionsPage() {
  usePageTitle(tp.titles.permissions);
  const care = useCareMode();
  const { rows, manage } = usePermissionStates();
  const p = tp.permissions;
  return (
    <View className={`permissions-page ${care.rootClass}`}>
      <View className="permissions-page__intro">{p.intro}</View>
      <PermissionList rows={rows} labels={{ usedBy: p.usedBy, manage: p.manage }} onManage={manage} />
    </View>
  );
}

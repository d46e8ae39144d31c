import { View } from '@tarojs/components';
import './index.css';

export interface PermissionRow {
  id: string;
  name: string;
  purpose: string;
  refusal: string;
  state: string;
  stateLabel: string;
  canChange: boolean;
}

interface PermissionListProps {
  rows: readonly PermissionRow[];
  labels: { usedBy: string; manage: string };
  onManage: (id: string) => void;
}

/** Each device permission: what it is for, what refusing costs, its state and where to change it. */
export function PermissionList({ rows, labels, onManage }: PermissionListProps) {
  return (
    <View className="permission-list">
      {rows.map((row) => (
        <View key={row.id} className={`permission-list__item permission-list__item--${row.id}`}>
          <View className="permission-list__head">
            <View className="permission-list__name">{row.name}</View>
            <View className={`permission-list__state permission-list__state--${row.state}`}>{row.stateLabel}</View>
          </View>
          <View className="permission-list__purpose">
            {labels.usedBy}
            {row.purpose}
          </View>
          <View className="permission-list__refusal">{row.refusal}</View>
          {row.canChange && (
            <View className="permission-list__manage qyb-tap" role="button" onClick={() => onManage(row.id)}>
              {labels.manage}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}

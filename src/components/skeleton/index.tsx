import { View } from '@tarojs/components';
import { t } from '../../i18n';
import './index.css';

/** Grey cards where a list will be, while it loads: the page keeps its shape instead of going blank. */
export function Skeleton({ rows = 3, name }: { rows?: number; name: string }) {
  return (
    <View className={`skeleton ${name}`} aria-busy="true" aria-label={t.permissions.network.loading}>
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className="skeleton__card">
          <View className="skeleton__line skeleton__line--title" />
          <View className="skeleton__line" />
        </View>
      ))}
    </View>
  );
}

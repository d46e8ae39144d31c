import { View } from '@tarojs/components';
import { RETENTION_COLLECTIONS, RETENTION_STORAGE } from '../../../../config/retention';
import { deletedAutomatically } from '../../../features/privacy/deleted-automatically';
import { tRetention } from '../../../i18n/retention';
import type { RetentionRowKey } from '../../../i18n/zh-CN-retention';

/**
 * How long each kind of information is kept, why, and whether it is deleted automatically (policy
 * §6.2). The rows and what is purged come from config/retention.ts, the table the retention timer
 * itself follows; their texts in the UI language from the retention catalog, by row key. Shipped
 * only in the privacy subpackage.
 */
const ROWS: ReadonlyArray<readonly [RetentionRowKey, boolean]> = [
  ...Object.entries(RETENTION_COLLECTIONS).map(
    ([name, entry]) => [name as RetentionRowKey, deletedAutomatically(entry)] as const,
  ),
  ...Object.entries(RETENTION_STORAGE).map(
    ([prefix, entry]) => [`storage-${prefix}` as RetentionRowKey, deletedAutomatically(entry)] as const,
  ),
];

export function RetentionTable() {
  return (
    <View className="privacy-center__section privacy-center__retention">
      <View className="privacy-center__title">{tRetention.title}</View>
      <View className="privacy-center__meta">{tRetention.intro}</View>
      {ROWS.map(([key, autoDeleted]) => {
        const text = tRetention.rows[key];
        return (
          <View key={key} className={`privacy-center__retention-row privacy-center__retention-row--${key}`}>
            {tRetention.row(text.what, autoDeleted)}
            <View className="privacy-center__meta">{tRetention.period(text.period, text.from)}</View>
            <View className="privacy-center__meta">{tRetention.basis(text.basis)}</View>
          </View>
        );
      })}
    </View>
  );
}

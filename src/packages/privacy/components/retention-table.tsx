import { View } from '@tarojs/components';
import { RETENTION_COLLECTIONS, RETENTION_STORAGE, type RetentionEntry } from '../../../../config/retention';
import { tRetention } from '../../../i18n/retention';

/**
 * How long each kind of information is kept, why, and whether it is deleted automatically (policy
 * §6.2). Bundled from config/retention.ts, the table the retention timer itself follows: a few KB,
 * shipped only in the privacy subpackage.
 */
const ROWS: ReadonlyArray<readonly [string, RetentionEntry]> = [
  ...Object.entries(RETENTION_COLLECTIONS),
  ...Object.entries(RETENTION_STORAGE).map(([prefix, entry]) => [`storage-${prefix}`, entry] as const),
];

export function RetentionTable() {
  return (
    <View className="privacy-center__section privacy-center__retention">
      <View className="privacy-center__title">{tRetention.title}</View>
      <View className="privacy-center__meta">{tRetention.intro}</View>
      {ROWS.map(([key, entry]) => (
        <View key={key} className={`privacy-center__retention-row privacy-center__retention-row--${key}`}>
          {tRetention.row(entry.what, entry.purge !== null)}
          <View className="privacy-center__meta">{tRetention.period(entry.period, entry.from)}</View>
          <View className="privacy-center__meta">{tRetention.basis(entry.basis)}</View>
        </View>
      ))}
    </View>
  );
}

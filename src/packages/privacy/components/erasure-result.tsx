import { labelled, listOf } from '../../../i18n/compose';
import { View } from '@tarojs/components';
import type { PrivacyRequestView } from '../../../../cloudfunctions/lib/contract/privacy';
import { tRetention } from '../../../i18n/retention';
import type { RetentionRowText } from '../../../i18n/zh-CN-retention';
import { tRights } from '../../../i18n/rights';

/** A kept record in the reader's language: its retention row when the outcome names it, else the stored words. */
function keptText(kept: { collection?: string; what: string; basis: string }): { what: string; basis: string } {
  const row = kept.collection
    ? (tRetention.rows as Readonly<Record<string, RetentionRowText | undefined>>)[kept.collection]
    : undefined;
  return row ? { what: row.what, basis: row.basis } : kept;
}

/** A deletion request's named records; once approved, what was erased and what the law keeps, with why. */
export function ErasureResult({ item }: { item: PrivacyRequestView }) {
  if (item.kind !== 'deletion' || item.scope.length === 0) return null;
  const e = item.erasure;
  return (
    <View className="rights__erasure">
      {e === null ? (
        <View className="rights__meta">
          {labelled(tRights.what, listOf(item.scope.map((d) => tRights.scopeNames[d])))}
        </View>
      ) : (
        <>
          {e.erased.map((x) => (
            <View key={x.data} className="rights__meta rights__erased">
              {`${tRights.erased}${tRights.scopeNames[x.data]} ${tRights.erasedCount(x.records, x.files)}`}
            </View>
          ))}
          <View className="rights__meta">{tRights.keptNote}</View>
          {e.kept.map((k) => {
            const text = keptText(k);
            return (
              <View key={k.collection ?? k.what} className="rights__kept">
                <View className="rights__kept-what">{text.what}</View>
                <View className="rights__hint">{text.basis}</View>
              </View>
            );
          })}
        </>
      )}
    </View>
  );
}

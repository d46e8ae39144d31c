import { View } from '@tarojs/components';
import { ERASABLE_DATA, type ErasableData } from '../../../../cloudfunctions/lib/contract/privacy';
import { tRights } from '../../../i18n/rights';

/** The records a deletion request names: ticked here, erased exactly so once staff approve. */
export function ErasureScope({ value, onChange }: { value: ErasableData[]; onChange: (next: ErasableData[]) => void }) {
  const toggle = (data: ErasableData) =>
    onChange(value.includes(data) ? value.filter((d) => d !== data) : [...value, data]);
  return (
    <>
      <View className="rights__label">{tRights.scope}</View>
      <View className="rights__choices">
        {ERASABLE_DATA.map((data) => (
          <View
            key={data}
            role="checkbox"
            aria-checked={value.includes(data)}
            className={`rights__choice qyb-tap rights__scope--${data}${value.includes(data) ? ' rights__choice--on' : ''}`}
            onClick={() => toggle(data)}
          >
            {`${value.includes(data) ? '✓ ' : ''}${tRights.scopeNames[data]}`}
          </View>
        ))}
      </View>
    </>
  );
}

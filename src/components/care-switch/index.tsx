import { View } from '@tarojs/components';
import { useCareMode } from '../../features/care/use-care-mode';
import { tCare } from '../../i18n/care';
import './index.css';

/**
 * The 长辈版 switch (home and 我的). Its state is said in words and by the knob's place, never by
 * colour alone; the whole row is the tap target.
 */
export function CareSwitch() {
  const care = useCareMode();
  const state = care.on ? tCare.on : tCare.off;
  return (
    <View
      className={`care-switch${care.on ? ' care-switch--on' : ''}`}
      role="switch"
      aria-checked={care.on}
      aria-label={tCare.title}
      onClick={() => care.choose(!care.on)}
    >
      <View className="care-switch__text">
        <View className="care-switch__title">{tCare.title}</View>
        <View className="care-switch__hint">{tCare.hint}</View>
      </View>
      <View className="care-switch__state">{state}</View>
      <View className="care-switch__track">
        <View className="care-switch__knob" />
      </View>
    </View>
  );
}

import { Input, View } from '@tarojs/components';

/** One labelled text field of the staff push forms. */
export function Field({
  name,
  label,
  value,
  onInput,
  max,
}: {
  name: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  max?: number;
}) {
  return (
    <View className="push__field">
      <View className="push__label">{label}</View>
      <Input
        className={`push__input push__input--${name}`}
        value={value}
        maxlength={max ?? 140}
        onInput={(e) => onInput(e.detail.value)}
      />
    </View>
  );
}

import { View } from '@tarojs/components';

/** A labelled row of choices of the staff push forms (kind, audience, announcement type); one is on. */
export function Choices<T extends string>({
  label,
  options,
  value,
  className,
  text,
  onPick,
}: {
  label: string;
  options: readonly T[];
  value: string;
  /** The option's own class, for tests and styles: `push__kind--maintenance`. */
  className: (option: T) => string;
  text: (option: T) => string;
  onPick: (option: T) => void;
}) {
  return (
    <>
      <View className="push__label">{label}</View>
      <View className="push__choices" role="radiogroup" aria-label={label}>
        {options.map((option) => (
          <View
            key={option}
            className={`push__choice qyb-tap ${className(option)}${value === option ? ' push__choice--on' : ''}`}
            role="radio"
            aria-checked={value === option}
            onClick={() => onPick(option)}
          >
            {text(option)}
          </View>
        ))}
      </View>
    </>
  );
}

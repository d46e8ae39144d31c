import { View } from '@tarojs/components';
import { t } from '../../i18n';
import { LOCALES, LOCALE_NAMES } from '../../i18n/locale';
import { useLocale } from '../../i18n/use-locale';
import { chooseLocale } from '../../platform/locale';
import './index.css';

/**
 * The language switch (我的 and home): each language named in itself, so a person who cannot read
 * the current one still finds theirs. Choosing re-renders every open screen in the new language.
 */
export function LanguageSwitch() {
  const active = useLocale();
  return (
    <View className="language-switch" role="radiogroup" aria-label={t.home.language}>
      <View className="language-switch__title">{t.home.language}</View>
      <View className="language-switch__options">
        {LOCALES.map((locale) => (
          <View
            key={locale}
            className={`language-switch__option language-switch__option--${locale}${locale === active ? ' language-switch__option--on' : ''}`}
            role="radio"
            aria-checked={locale === active}
            onClick={() => chooseLocale(locale)}
          >
            {LOCALE_NAMES[locale]}
          </View>
        ))}
      </View>
    </View>
  );
}

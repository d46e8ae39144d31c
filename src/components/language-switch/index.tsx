import { View } from '@tarojs/components';
import { t } from '../../i18n';
import { LOCALES, LOCALE_NAMES } from '../../i18n/locale';
import { currentLocale } from '../../i18n/locale-store';
import { chooseLocale } from '../../platform/locale';
import type { Route } from '../../platform/navigation';
import './index.css';

/**
 * The language switch (我的 and home): each language named in itself, so a person who cannot read
 * the current one still finds theirs. Choosing re-launches `page` in the new language.
 */
export function LanguageSwitch({ page }: { page: Route }) {
  const active = currentLocale();
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
            onClick={() => chooseLocale(locale, page)}
          >
            {LOCALE_NAMES[locale]}
          </View>
        ))}
      </View>
    </View>
  );
}

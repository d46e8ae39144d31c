/** The UI languages: Simplified Chinese (the authoritative one), Traditional Chinese in Macao wording, Portuguese as used in Macao, English. */
export const LOCALES = ['zh-CN', 'zh-MO', 'pt-PT', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Each language named in itself (the switch shows these whatever the current locale). */
export const LOCALE_NAMES: Record<Locale, string> = {
  'zh-CN': '简体中文',
  'zh-MO': '繁體中文（澳門）',
  'pt-PT': 'Português',
  en: 'English',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * WeChat's language (wx.getAppBaseInfo().language: zh_CN, zh_HK, zh_TW, en, pt…) as a UI locale.
 * Any Traditional Chinese setting reads best in the Macao catalog; anything we do not translate
 * falls back to Simplified Chinese, the service's own language.
 * https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getAppBaseInfo.html
 */
export function localeFromWeChat(language: string | undefined): Locale {
  const lang = (language ?? '').toLowerCase().replace('-', '_');
  if (lang === 'zh_hk' || lang === 'zh_tw' || lang === 'zh_mo' || lang === 'zh_hant') return 'zh-MO';
  if (lang === 'en' || lang.startsWith('en_')) return 'en';
  if (lang === 'pt' || lang.startsWith('pt_')) return 'pt-PT';
  return DEFAULT_LOCALE;
}

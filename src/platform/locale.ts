import { applyLocale } from '../i18n/locale-store';
import { isLocale, localeFromWeChat, type Locale } from '../i18n/locale';
import { readStored, writeStored } from './storage';
import { wxApi } from './wx-api';

/** WeChat's language setting; empty where the environment cannot say (then Simplified Chinese). */
function weChatLanguage(): string {
  try {
    return wxApi.getAppBaseInfo().language ?? '';
  } catch {
    return '';
  }
}

/**
 * At launch: the language the person chose in 我的, else WeChat's own language
 * (wx.getAppBaseInfo().language). Runs before the first page renders (app.tsx).
 */
export function startLocale(): Locale {
  const chosen = readStored('ui.locale');
  const locale = isLocale(chosen) ? chosen : localeFromWeChat(weChatLanguage());
  applyLocale(locale);
  return locale;
}

/**
 * The switch in 我的 and on home: remember the choice on the device and rewrite every catalog in
 * place; every page of the stack renders again in the new language (usePageTitle watches the
 * locale), so nothing is closed and nothing typed is lost.
 */
export function chooseLocale(locale: Locale): void {
  writeStored('ui.locale', locale);
  applyLocale(locale);
}

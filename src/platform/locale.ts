import { applyLocale, currentLocale } from '../i18n/locale-store';
import { isLocale, localeFromWeChat, type Locale } from '../i18n/locale';
import { relaunch, type Route } from './navigation';
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
 * The switch in 我的: remember the choice on the device, rewrite every catalog in place, and
 * re-launch the page on screen (`page`) so it renders in the new language at once (no restart; the pages
 * below it, rendered in the old language, are closed by the re-launch).
 */
export function chooseLocale(locale: Locale, page: Route): void {
  writeStored('ui.locale', locale);
  if (locale === currentLocale()) return;
  applyLocale(locale);
  relaunch(page);
}

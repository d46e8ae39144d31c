import { enNoticeRoles, enNotices } from './en';
import {
  fillTemplate,
  isNoticeKey,
  paramKinds,
  rolesText,
  type NoticeLocale,
  type NoticeText,
  type ParamFormatter,
} from './notice-text';
import { ptPTNoticeRoles, ptPTNotices } from './pt-PT';
import { zhCNNoticeRoles, zhCNNotices, type NoticeRoleNames } from './zh-CN';
import { zhMONoticeRoles, zhMONotices, type NoticeTexts } from './zh-MO';

/** Every locale's notice texts; only the inbox subpackage imports this (the main package stays small). */
export const NOTICE_CATALOGS: Record<NoticeLocale, NoticeTexts> = {
  'zh-CN': zhCNNotices,
  'zh-MO': zhMONotices,
  en: enNotices,
  'pt-PT': ptPTNotices,
};

/** Each locale's role names, for a `roles` parameter (a role proposal's outcome). */
export const NOTICE_ROLE_NAMES: Record<NoticeLocale, NoticeRoleNames> = {
  'zh-CN': zhCNNoticeRoles,
  'zh-MO': zhMONoticeRoles,
  en: enNoticeRoles,
  'pt-PT': ptPTNoticeRoles,
};

/**
 * A stored notice's title and body in the reader's language, or null when its key is not in this
 * build's catalog or a parameter it needs is missing (the inbox then shows the stored Simplified text).
 * A parameter with its own translation (a matter's name) and role names are shown in the reader's language.
 */
export function renderNotice(
  text: NoticeText | null | undefined,
  locale: NoticeLocale,
  format: ParamFormatter,
): { title: string; body: string } | null {
  if (!text || !isNoticeKey(text.key)) return null;
  const kinds = paramKinds(text.key);
  const value = (name: string): string => {
    const kind = kinds[name];
    const translated = locale === 'zh-CN' ? undefined : text.names?.[name]?.[locale];
    const raw = translated ?? text.params[name];
    if (!kind || !raw) return '';
    if (kind === 'roles') return rolesText(raw, NOTICE_ROLE_NAMES[locale]);
    return kind === 'text' ? raw : format(kind, raw);
  };
  const entry = NOTICE_CATALOGS[locale][text.key];
  const title = fillTemplate(entry.title, value);
  const body = fillTemplate(entry.body, value);
  return title === null || body === null ? null : { title, body };
}

import * as v from 'valibot';
import type { TranslatedLocale } from '../matter-texts';
import { zhCNNoticeRoles, zhCNNotices, type NoticeKey, type NoticeRoleNames } from './zh-CN';

/**
 * A notice as a key and named parameters, stored with the inbox message beside its Simplified
 * title and body, so the inbox shows it in the reader's language (issue 20). The Simplified text
 * stays: the SMS, WeChat subscription and email channels send it, and older messages have only it.
 * Pure: the functions import this and the Simplified catalog only; the translations are read by the
 * inbox subpackage (render-notice.ts).
 */
export type NoticeLocale = 'zh-CN' | TranslatedLocale;
/** The matter catalog's translated locales, written here too so the functions do not bundle its schemas. */
const TRANSLATED_LOCALES = ['zh-MO', 'en', 'pt-PT'] as const satisfies readonly TranslatedLocale[];
export type NoticeParamKind = 'text' | 'instant' | 'day' | 'roles';
export type { NoticeKey };

type ParamsOf<K extends NoticeKey> = (typeof zhCNNotices)[K]['params'];
/** Every parameter the key names; an optional one (inside `[…]`) may be null or empty. */
export type NoticeParams<K extends NoticeKey> = { [P in keyof ParamsOf<K>]: string | null | undefined };

const ParamNameSchema = v.pipe(v.string(), v.regex(/^[a-z][A-Za-z0-9]{0,31}$/));
const NameSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** A parameter's own translations (a matter's name as the request stored it). */
const TranslatedNamesSchema = v.strictObject({
  'zh-MO': v.optional(NameSchema),
  en: v.optional(NameSchema),
  'pt-PT': v.optional(NameSchema),
});

export const NoticeTextSchema = v.strictObject({
  key: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_.-]{1,63}$/)),
  params: v.pipe(
    v.record(ParamNameSchema, v.pipe(v.string(), v.maxLength(2000))),
    v.check((p) => Object.keys(p).length <= 8, 'at most eight parameters'),
  ),
  names: v.optional(v.record(ParamNameSchema, TranslatedNamesSchema)),
});
export type NoticeText = v.InferOutput<typeof NoticeTextSchema>;

/** What a notice carries: the Simplified title and body (every channel) and the key it came from. */
export interface NoticeContent {
  title: string;
  body: string;
  text: NoticeText;
}

export type ParamFormatter = (kind: Exclude<NoticeParamKind, 'text' | 'roles'>, value: string) => string;

/**
 * A `roles` parameter in `names`' language: role keys joined by commas (`staff,admin`). A value that
 * is not such a list (messages stored before roles were keys carry the Simplified names) is shown as given.
 */
export function rolesText(value: string, roles: NoticeRoleNames): string {
  const keys = value.split(',');
  const known = (key: string): key is keyof NoticeRoleNames['names'] =>
    Object.prototype.hasOwnProperty.call(roles.names, key);
  return keys.every(known) ? keys.map((key) => roles.names[key]).join(roles.separator) : value;
}

export const isNoticeKey = (key: string): key is NoticeKey => Object.prototype.hasOwnProperty.call(zhCNNotices, key);

export const paramKinds = (key: NoticeKey): Readonly<Record<string, NoticeParamKind>> => zhCNNotices[key].params;

const PARAM = /\{([a-zA-Z][A-Za-z0-9]*)\}/g;
const OPTIONAL = /\[([^[\]]*)\]/g;

/**
 * A template with its parameters put in: `[…]` only when every parameter inside has a value.
 * Null when a parameter outside `[…]` has none (the caller then shows the stored text).
 */
export function fillTemplate(template: string, value: (name: string) => string): string | null {
  let missing = false;
  const withOptional = template.replace(OPTIONAL, (_, inner: string) =>
    [...inner.matchAll(PARAM)].every((m) => value(m[1] ?? '') !== '') ? inner : '',
  );
  const filled = withOptional.replace(PARAM, (_, name: string) => {
    const given = value(name);
    if (given === '') missing = true;
    return given;
  });
  return missing ? null : filled;
}

/** Beijing wall clock, `2026-12-01 08:00`, as the server has always written times in notices. */
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const serverFormat: ParamFormatter = (kind, value) =>
  kind === 'instant'
    ? new Date(Date.parse(value) + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
    : value;

/**
 * The notice for a key: its Simplified title and body, and the key with the parameters that have a
 * value. Instants are given as epoch ms and kept as ISO strings.
 */
export function noticeContent<K extends NoticeKey>(
  key: K,
  params: NoticeParams<K>,
  names?: Record<string, Partial<Record<TranslatedLocale, string>>>,
): NoticeContent {
  const kinds = paramKinds(key);
  const kept: Record<string, string> = {};
  for (const [name, raw] of Object.entries(params as Record<string, string | null | undefined>)) {
    if (raw !== null && raw !== undefined && raw !== '') kept[name] = raw;
  }
  const value = (name: string) => {
    const raw = kept[name];
    if (raw === undefined) return '';
    const kind = kinds[name] ?? 'text';
    if (kind === 'roles') return rolesText(raw, zhCNNoticeRoles);
    return kind === 'text' ? raw : serverFormat(kind, raw);
  };
  const entry = zhCNNotices[key];
  const title = fillTemplate(entry.title, value);
  const body = fillTemplate(entry.body, value);
  if (title === null || body === null) throw new Error(`notice ${key}: a required parameter has no value`);
  const translated = names ? cleanNames(names) : {};
  return {
    title,
    body,
    text: { key, params: kept, ...(Object.keys(translated).length > 0 ? { names: translated } : {}) },
  };
}

function cleanNames(names: Record<string, Partial<Record<TranslatedLocale, string>>>) {
  const out: Record<string, Partial<Record<TranslatedLocale, string>>> = {};
  for (const [param, byLocale] of Object.entries(names)) {
    const kept = Object.fromEntries(TRANSLATED_LOCALES.flatMap((l) => (byLocale[l] ? [[l, byLocale[l]]] : [])));
    if (Object.keys(kept).length > 0) out[param] = kept;
  }
  return out;
}

/** An instant for a notice parameter (ISO, so the reader's formatter writes it in Beijing time). */
export const noticeInstant = (ms: number): string => new Date(ms).toISOString();

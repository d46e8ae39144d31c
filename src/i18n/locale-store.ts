import type { Catalog } from './catalog';
import { DEFAULT_LOCALE, type Locale } from './locale';

/**
 * The locale the UI speaks now. Catalogs made by `localized` are live objects: switching the locale
 * rewrites them in place, so every `t.x.y` read at render time (and every nested object a module
 * kept, e.g. `const d = tStaffDesk.desk`) speaks the new language; the screens then render again
 * (`watchLocale`, src/platform/page-title.ts), every page of the stack with its state kept.
 */
let current: Locale = DEFAULT_LOCALE;
/** The catalogs, rewritten first. */
const listeners = new Set<(locale: Locale) => void>();
/** The screens, told once every catalog speaks the new language. */
const watchers = new Set<() => void>();

export function currentLocale(): Locale {
  return current;
}

export function applyLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  for (const listener of listeners) listener(locale);
  for (const watcher of watchers) watcher();
}

/** Calls `onChange` after each switch, once the catalogs are rewritten; returns the unsubscribe. */
export function watchLocale(onChange: () => void): () => void {
  watchers.add(onChange);
  return () => {
    watchers.delete(onChange);
  };
}

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of a catalog (functions kept as they are), so the source catalog is never mutated. */
function copyOf<T>(catalog: T): T {
  if (Array.isArray(catalog)) return catalog.map((item: unknown) => copyOf(item)) as T;
  if (!isPlain(catalog)) return catalog;
  const out: Plain = {};
  for (const [key, value] of Object.entries(catalog)) out[key] = copyOf(value);
  return out as T;
}

/** Rewrites `live` in place with `next`'s values; nested objects keep their identity. */
function overwrite(live: Plain, next: Plain): void {
  for (const [key, value] of Object.entries(next)) {
    const held = live[key];
    if (isPlain(held) && isPlain(value)) overwrite(held, value);
    else live[key] = copyOf(value);
  }
}

/** Every locale but Simplified Chinese, the source every other catalog is translated from. */
export type Translations<T> = Record<Exclude<Locale, 'zh-CN'>, Catalog<T>>;

/**
 * A live catalog following the current locale, typed as the Simplified Chinese one (its literal
 * strings included) so that the screens' code is the same whatever the locale; the translations
 * have the same shape with plain strings (Catalog<T>), checked by the compiler.
 */
export function localized<T extends object>(simplified: T, translations: Translations<T>): T {
  const pick = (locale: Locale): Plain => (locale === 'zh-CN' ? simplified : translations[locale]) as Plain;
  const live = copyOf(pick(current)) as T;
  listeners.add((locale) => overwrite(live as Plain, pick(locale)));
  return live;
}

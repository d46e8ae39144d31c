import { useCallback, useState } from 'react';
import { refusalOf, refusalText, type ClientError, type Refusal } from '../../i18n/server-errors';

/** A hook that says only the cloud's refusals and other made texts has no catalog keys. */
export type NoTexts = Record<never, string>;

/** The keys of a catalog section whose values are plain texts. */
export type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** What another module words when read (the permissions module's refusals: src/platform/permissions/ensure.ts). */
export interface Worded {
  readonly message: string;
}

/**
 * What a screen says, kept as data: a key of a live catalog section, a refusal from the cloud, a
 * failure another module words when read, or a text made elsewhere (it keeps its language).
 */
export type Said<T> =
  | { readonly key: TextKey<T> }
  | { readonly refusal: Refusal }
  | { readonly worded: Worded }
  | { readonly text: string };

/** What `say` takes: a catalog key, the cloud client's error, a worded failure, a made text, or nothing. */
export type Saying<T> = TextKey<T> | ClientError | Worded | { readonly text: string } | null;

function toSaid<T>(what: Exclude<Saying<T>, null>): Said<T> {
  if (typeof what === 'string') return { key: what };
  if ('code' in what) return { refusal: refusalOf(what) };
  if ('message' in what) return { worded: what };
  return { text: what.text };
}

/** The text of what is said, in the current locale (read at render from the live catalog). */
export function textOf<T extends object>(texts: T, said: Said<T> | null): string {
  if (said === null) return '';
  if ('key' in said) return texts[said.key] as string;
  if ('refusal' in said) return refusalText(said.refusal);
  if ('worded' in said) return said.worded.message;
  return said.text;
}

/**
 * A notice or an error of a screen that follows a language switch: the state holds what to say and
 * the text is made each render from `texts`, a section of a live catalog (src/i18n/locale-store.ts).
 * Returns the text ('' when nothing is said), the setter (stable, like useState's) and what is said.
 */
export function useSaid<T extends object = NoTexts>(texts?: T): [string, (what: Saying<T>) => void, Said<T> | null] {
  const [said, setSaid] = useState<Said<T> | null>(null);
  const say = useCallback((what: Saying<T>) => setSaid(what === null ? null : toSaid(what)), []);
  return [textOf(texts ?? ({} as T), said), say, said];
}

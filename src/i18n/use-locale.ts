import { useSyncExternalStore } from 'react';
import type { Locale } from './locale';
import { currentLocale, watchLocale } from './locale-store';

/**
 * The UI language, and a render of the calling component whenever it changes. A language switch
 * rewrites the catalogs in place (locale-store.ts): a component that reads `t` shows the new text
 * once it renders again. Every page calls this through usePageTitle, so the whole page renders
 * again with its state; a component that computes with the locale itself calls it too.
 */
export function useLocale(): Locale {
  return useSyncExternalStore(watchLocale, currentLocale, currentLocale);
}

import { en } from './en';
import { localized } from './locale-store';
import { ptPT } from './pt-PT';
import { zhCN } from './zh-CN';
import { zhMO } from './zh-MO';

/**
 * The active catalog: a live object that speaks the current locale (src/i18n/locale-store.ts).
 * The three translations of this catalog ship with the main package (about 45 KB, measured in the
 * README); the other catalogs stay in the subpackages that use them.
 */
export const t = localized(zhCN, { 'zh-MO': zhMO, 'pt-PT': ptPT, en });

import { en } from './en';
import { localized } from './locale-store';
import { ptPT } from './pt-PT';
import { zhCN } from './zh-CN';
import { zhMO } from './zh-MO';

/**
 * The active catalog: a live object that speaks the current locale (src/i18n/locale-store.ts).
 * Its three translations ship in the main package, which the launch pages need synchronously
 * (npm run build:weapp: main 455.2 KB before the languages, 519.2 KB after, over the 400 KB budget;
 * moving them out needs 分包异步化, which Taro 4 does not support); the other catalogs stay in the
 * subpackages that use them.
 */
export const t = localized(zhCN, { 'zh-MO': zhMO, 'pt-PT': ptPT, en });

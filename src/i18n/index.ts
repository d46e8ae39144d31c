import { en } from './en';
import { localized } from './locale-store';
import { ptPT } from './pt-PT';
import { zhCN } from './zh-CN';
import { zhMO } from './zh-MO';

/**
 * The active catalog: a live object that speaks the current locale (src/i18n/locale-store.ts).
 * It holds what the main package's pages and modules show, in four languages, because the launch
 * pages need it synchronously (分包异步化 / require.async is not available through Taro 4); the texts
 * only subpackage screens show live in `tp` (packages.ts) and the area catalogs, which stay out of
 * the main package (issue 18: main package 545 KB → 438 KB with UTF-8 output and this split).
 */
export const t = localized(zhCN, { 'zh-MO': zhMO, 'pt-PT': ptPT, en });

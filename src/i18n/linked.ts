import { enLinked } from './en-linked';
import { localized } from './locale-store';
import { ptPTLinked } from './pt-PT-linked';
import { zhCNLinked } from './zh-CN-linked';
import { zhMOLinked } from './zh-MO-linked';

/** The active linked-accounts catalog (see zh-CN-linked.ts for why it is separate). */
export const tLinked = localized(zhCNLinked, { 'zh-MO': zhMOLinked, 'pt-PT': ptPTLinked, en: enLinked });

/** An outside platform's name in the UI language; a platform the catalog does not know yet keeps the cloud's name. */
export const providerName = (id: string, fallback: string): string => tLinked.providers[id] ?? fallback;

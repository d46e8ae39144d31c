import { enLinked } from './en-linked';
import { localized } from './locale-store';
import { ptPTLinked } from './pt-PT-linked';
import { zhCNLinked } from './zh-CN-linked';
import { zhMOLinked } from './zh-MO-linked';

/** The active linked-accounts catalog (see zh-CN-linked.ts for why it is separate). */
export const tLinked = localized(zhCNLinked, { 'zh-MO': zhMOLinked, 'pt-PT': ptPTLinked, en: enLinked });

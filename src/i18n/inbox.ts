import { enInbox } from './en-inbox';
import { localized } from './locale-store';
import { ptPTInbox } from './pt-PT-inbox';
import { zhCNInbox } from './zh-CN-inbox';
import { zhMOInbox } from './zh-MO-inbox';

/** The active inbox catalog (see zh-CN-inbox.ts for why it is separate). */
export const tInbox = localized(zhCNInbox, { 'zh-MO': zhMOInbox, 'pt-PT': ptPTInbox, en: enInbox });

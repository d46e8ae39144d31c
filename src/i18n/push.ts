import { enPush } from './en-push';
import { localized } from './locale-store';
import { ptPTPush } from './pt-PT-push';
import { zhCNPush } from './zh-CN-push';
import { zhMOPush } from './zh-MO-push';

/** The active staff push catalog (see zh-CN-push.ts for why it is separate). */
export const tPush = localized(zhCNPush, { 'zh-MO': zhMOPush, 'pt-PT': ptPTPush, en: enPush });

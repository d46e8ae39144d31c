import { enRetention } from './en-retention';
import { localized } from './locale-store';
import { ptPTRetention } from './pt-PT-retention';
import { zhCNRetention } from './zh-CN-retention';
import { zhMORetention } from './zh-MO-retention';

/** The active retention catalog (see zh-CN-retention.ts for why it is separate). */
export const tRetention = localized(zhCNRetention, { 'zh-MO': zhMORetention, 'pt-PT': ptPTRetention, en: enRetention });

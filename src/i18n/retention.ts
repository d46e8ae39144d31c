import { zhCNRetention } from './zh-CN-retention';

/** The active retention catalog (see zh-CN-retention.ts for why it is separate). */
export const tRetention = zhCNRetention;

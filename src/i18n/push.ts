import { zhCNPush } from './zh-CN-push';

/** The active staff push catalog (see zh-CN-push.ts for why it is separate). */
export const tPush = zhCNPush;

import { zhCNInbox } from './zh-CN-inbox';

/** The active inbox catalog (see zh-CN-inbox.ts for why it is separate). */
export const tInbox = zhCNInbox;

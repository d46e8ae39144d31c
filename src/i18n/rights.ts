import { zhCNRights } from './zh-CN-rights';

/** The active rights catalog (see zh-CN-rights.ts for why it is separate). */
export const tRights = zhCNRights;

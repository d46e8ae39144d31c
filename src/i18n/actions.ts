import { zhCNActions } from './zh-CN-actions';

/** The active confirmations catalog (see zh-CN-actions.ts). */
export const tActions = zhCNActions;

import { enActions } from './en-actions';
import { localized } from './locale-store';
import { ptPTActions } from './pt-PT-actions';
import { zhCNActions } from './zh-CN-actions';
import { zhMOActions } from './zh-MO-actions';

/** The active confirmations catalog (see zh-CN-actions.ts), following the current locale. */
export const tActions = localized(zhCNActions, { 'zh-MO': zhMOActions, 'pt-PT': ptPTActions, en: enActions });

import { enSessions } from './en-sessions';
import { localized } from './locale-store';
import { ptPTSessions } from './pt-PT-sessions';
import { zhCNSessions } from './zh-CN-sessions';
import { zhMOSessions } from './zh-MO-sessions';

/** The active My sessions catalog (see zh-CN-sessions.ts), following the current locale. */
export const tSessions = localized(zhCNSessions, { 'zh-MO': zhMOSessions, 'pt-PT': ptPTSessions, en: enSessions });

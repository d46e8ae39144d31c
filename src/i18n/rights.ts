import { enRights } from './en-rights';
import { localized } from './locale-store';
import { ptPTRights } from './pt-PT-rights';
import { zhCNRights } from './zh-CN-rights';
import { zhMORights } from './zh-MO-rights';

/** The active rights catalog (see zh-CN-rights.ts for why it is separate). */
export const tRights = localized(zhCNRights, { 'zh-MO': zhMORights, 'pt-PT': ptPTRights, en: enRights });

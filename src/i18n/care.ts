import { enCare } from './en-care';
import { localized } from './locale-store';
import { ptPTCare } from './pt-PT-care';
import { zhCNCare } from './zh-CN-care';
import { zhMOCare } from './zh-MO-care';

/** The active 关怀模式 catalog (see zh-CN-care.ts), following the current locale. */
export const tCare = localized(zhCNCare, { 'zh-MO': zhMOCare, 'pt-PT': ptPTCare, en: enCare });

import { enFields } from './en-fields';
import { localized } from './locale-store';
import { ptPTFields } from './pt-PT-fields';
import { zhCNFields } from './zh-CN-fields';
import { zhMOFields } from './zh-MO-fields';

/** The active text-field catalog (see zh-CN-fields.ts), following the current locale. */
export const tFields = localized(zhCNFields, { 'zh-MO': zhMOFields, 'pt-PT': ptPTFields, en: enFields });

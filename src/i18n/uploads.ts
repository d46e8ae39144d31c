import { enUploads } from './en-uploads';
import { localized } from './locale-store';
import { ptPTUploads } from './pt-PT-uploads';
import { zhCNUploads } from './zh-CN-uploads';
import { zhMOUploads } from './zh-MO-uploads';

/** The active "my uploads" catalog (see zh-CN-uploads.ts for why it is separate). */
export const tUploads = localized(zhCNUploads, { 'zh-MO': zhMOUploads, 'pt-PT': ptPTUploads, en: enUploads });

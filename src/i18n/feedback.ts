import { enFeedback } from './en-feedback';
import { localized } from './locale-store';
import { ptPTFeedback } from './pt-PT-feedback';
import { zhCNFeedback } from './zh-CN-feedback';
import { zhMOFeedback } from './zh-MO-feedback';

/** The active feedback catalog (see zh-CN-feedback.ts for why it is separate). */
export const tFeedback = localized(zhCNFeedback, { 'zh-MO': zhMOFeedback, 'pt-PT': ptPTFeedback, en: enFeedback });

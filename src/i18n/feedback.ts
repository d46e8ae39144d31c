import { zhCNFeedback } from './zh-CN-feedback';

/** The active feedback catalog (see zh-CN-feedback.ts for why it is separate). */
export const tFeedback = zhCNFeedback;

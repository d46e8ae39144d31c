import { zhCN } from './zh-CN';

/** The active catalog. One locale today; Traditional Chinese for Macao users is planned. */
export const t = zhCN;

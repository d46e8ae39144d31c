// Traditional Chinese in Macao wording: the headings made from zh-CN-retention.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed; the rows by hand (regenerating would drop them).
import type { Catalog } from './catalog';
import type { zhCNRetention } from './zh-CN-retention';
import { zhMORetentionRows } from './zh-MO-retention-rows';
/**
 * The privacy center's retention table (policy §6.2), in Traditional Chinese as written in Macao:
 * the headings made from zh-CN-retention.ts, the rows (zh-MO-retention-rows.ts) written by hand.
 */
export const zhMORetention: Catalog<typeof zhCNRetention> = {
  title: '我們保存多久',
  intro: '我們僅在為您提供服務期間保留您的資料；法律要求保存更久的，按法律規定的期限保存。到期的資料每天自動刪除。',
  row: (what: string, autoDeleted: boolean) => `${what} · ${autoDeleted ? '到期自動刪除' : '不自動刪除'}`,
  period: (period: string, from: string) => `保存期限：${period}（起算：${from}）`,
  basis: (basis: string) => `依據：${basis}`,
  rows: zhMORetentionRows,
};

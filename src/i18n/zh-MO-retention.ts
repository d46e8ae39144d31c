// Traditional Chinese in Macao wording: made from zh-CN-retention.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNRetention } from './zh-CN-retention';
/**
 * The privacy center's retention table headings (policy §6.2), in Simplified Chinese. Kept apart
 * from zh-CN.ts so they ship in the privacy subpackage only; the rows are config/retention.ts.
 */
export const zhMORetention: Catalog<typeof zhCNRetention> = {
  title: '我們保存多久',
  intro: '我們僅在為您提供服務期間保留您的資料；法律要求保存更久的，按法律規定的期限保存。到期的資料每天自動刪除。',
  row: (what: string, autoDeleted: boolean) => `${what} · ${autoDeleted ? '到期自動刪除' : '不自動刪除'}`,
  period: (period: string, from: string) => `保存期限：${period}（起算：${from}）`,
  basis: (basis: string) => `依據：${basis}`,
};

// Traditional Chinese in Macao wording: made from zh-CN-care.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNCare } from './zh-CN-care';
/**
 * 關懷模式 (長輩版): the switch on home and in 我的. Simplified Chinese; the other catalogs must
 * match this shape.
 */
export const zhMOCare: Catalog<typeof zhCNCare> = {
  title: '長輩版',
  hint: '字更大、按鈕更大、頁面更簡潔',
  on: '已開啟',
  off: '已關閉',
};

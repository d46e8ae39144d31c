// Traditional Chinese in Macao wording: made from zh-CN-announcement.ts by scripts/i18n/make-macao-catalogs.ts, then reviewed.
import type { Catalog } from './catalog';
import type { zhCNAnnouncement } from './zh-CN-announcement';
/** The home banner of maintenance and service-change announcements (main package: guests see it). */
export const zhMOAnnouncement: Catalog<typeof zhCNAnnouncement> = {
  types: { maintenance: '系統維護公告', 'service-change': '服務變更公告' },
  active: '進行中',
  upcoming: '即將開始',
  period: (from: string, to: string) => `${from} 至 ${to}`,
};

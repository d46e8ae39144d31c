import type { Catalog } from './catalog';
import type { zhCNAnnouncement } from './zh-CN-announcement';

/** The home banner's strings (zh-CN-announcement.ts) in English. */
export const enAnnouncement: Catalog<typeof zhCNAnnouncement> = {
  types: { maintenance: 'System maintenance', 'service-change': 'Service change' },
  active: 'In progress',
  upcoming: 'Coming up',
  period: (from: string, to: string) => `${from} to ${to}`,
};

import type { Catalog } from './catalog';
import type { zhCNAnnouncement } from './zh-CN-announcement';

/** The home banner's strings (zh-CN-announcement.ts) in European Portuguese as used in Macao. */
export const ptPTAnnouncement: Catalog<typeof zhCNAnnouncement> = {
  types: { maintenance: 'Manutenção do sistema', 'service-change': 'Alteração de serviço' },
  active: 'Em curso',
  upcoming: 'Em breve',
  period: (from: string, to: string) => `${from} a ${to}`,
};

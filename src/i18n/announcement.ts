import { enAnnouncement } from './en-announcement';
import { localized } from './locale-store';
import { ptPTAnnouncement } from './pt-PT-announcement';
import { zhCNAnnouncement } from './zh-CN-announcement';
import { zhMOAnnouncement } from './zh-MO-announcement';

/** The active announcement catalog (small and apart: it ships in the main package with home, guests see it). */
export const tAnnouncement = localized(zhCNAnnouncement, {
  'zh-MO': zhMOAnnouncement,
  'pt-PT': ptPTAnnouncement,
  en: enAnnouncement,
});

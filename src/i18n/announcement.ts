import { zhCNAnnouncement } from './zh-CN-announcement';

/** The active announcement catalog (small and apart: it ships in the main package with home). */
export const tAnnouncement = zhCNAnnouncement;

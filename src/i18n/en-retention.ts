import type { Catalog } from './catalog';
import type { zhCNRetention } from './zh-CN-retention';
import { enRetentionRows } from './en-retention-rows';

/** The retention table (zh-CN-retention.ts) in English: the headings, and the rows of config/retention.ts (en-retention-rows.ts). */
export const enRetention: Catalog<typeof zhCNRetention> = {
  title: 'How long we keep it',
  intro:
    'We keep your information only while we serve you; where the law requires longer, for the period the law sets. Expired information is deleted automatically every day.',
  row: (what: string, autoDeleted: boolean) =>
    `${what} · ${autoDeleted ? 'deleted automatically when due' : 'not deleted automatically'}`,
  period: (period: string, from: string) => `Kept for: ${period} (from: ${from})`,
  basis: (basis: string) => `Basis: ${basis}`,
  rows: enRetentionRows,
};

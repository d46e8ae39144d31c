import { RETENTION_COLLECTIONS, RETENTION_STORAGE, type RetentionEntry } from '../../config/retention';

/** A row of the table by the key the privacy center gives it: the collection, or `storage-<prefix>`. */
export type RetentionRowKey = keyof typeof RETENTION_COLLECTIONS | `storage-${keyof typeof RETENTION_STORAGE}`;

/** What a person reads of one row: what is kept, for how long, from when, and why. */
export interface RetentionRowText {
  what: string;
  period: string;
  from: string;
  basis: string;
}

const textOf = ({ what, period, from, basis }: RetentionEntry): RetentionRowText => ({ what, period, from, basis });

/**
 * The rows in Simplified Chinese are config/retention.ts itself, the table the retention timer
 * follows; the translations (zh-MO/pt-PT/en-retention-rows.ts) say the same, row by row.
 */
const rows = Object.fromEntries([
  ...Object.entries(RETENTION_COLLECTIONS).map(([name, entry]) => [name, textOf(entry)]),
  ...Object.entries(RETENTION_STORAGE).map(([prefix, entry]) => [`storage-${prefix}`, textOf(entry)]),
]) as Record<RetentionRowKey, RetentionRowText>;

/**
 * The privacy center's retention table (policy §6.2), in Simplified Chinese. Kept apart from
 * zh-CN.ts so it ships in the privacy subpackage only.
 */
export const zhCNRetention = {
  title: '我们保存多久',
  intro: '我们仅在为您提供服务期间保留您的信息；法律要求保存更久的，按法律规定的期限保存。到期的信息每天自动删除。',
  row: (what: string, autoDeleted: boolean) => `${what} · ${autoDeleted ? '到期自动删除' : '不自动删除'}`,
  period: (period: string, from: string) => `保存期限：${period}（起算：${from}）`,
  basis: (basis: string) => `依据：${basis}`,
  rows,
};

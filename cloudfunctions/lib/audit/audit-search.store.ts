import { database } from '../infra/cloud';
import { found } from '../infra/chain-append';
import { COLLECTIONS } from '../infra/collections';
import type { AuditEntry } from './audit-entry';

/** The filters the admin screen sends, resolved to account ids; `before` is the page cursor (a seq). */
export interface AuditFilter {
  actor?: string;
  subject?: string;
  action?: string;
  from?: number;
  to?: number;
  before?: number;
}

export interface AuditSearchStore {
  /** Entries matching every filter, newest (highest seq) first. */
  page(filter: AuditFilter, limit: number): Promise<AuditEntry[]>;
}

/**
 * Each query leads with an indexed field (config/cloud/indexes.ts): actor+seq, subject+seq,
 * action+seq, or seq (and at) alone; the other filters narrow what that index finds. Entries from
 * before the chain (no seq) never match `seq`, so they stay out of the pages.
 */
export function cloudAuditSearchStore(): AuditSearchStore {
  const db = database();
  const _ = db.command;
  return {
    async page(filter, limit) {
      const where: Record<string, unknown> = { seq: filter.before === undefined ? _.gt(0) : _.lt(filter.before) };
      if (filter.actor !== undefined) where.actor = filter.actor;
      if (filter.subject !== undefined) where.subject = filter.subject;
      if (filter.action !== undefined) where.action = filter.action;
      if (filter.from !== undefined && filter.to !== undefined) where.at = _.gte(filter.from).and(_.lte(filter.to));
      else if (filter.from !== undefined) where.at = _.gte(filter.from);
      else if (filter.to !== undefined) where.at = _.lte(filter.to);
      const query = db.collection(COLLECTIONS.auditLog).where(where).orderBy('seq', 'desc').limit(limit);
      return found<AuditEntry[]>(await query.get());
    },
  };
}

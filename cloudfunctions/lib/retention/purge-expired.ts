import { DAY_MS, RETENTION_COLLECTIONS, type PurgeRule } from '../../../config/retention';
import { COLLECTIONS, type CollectionName } from '../infra/collections';
import { STORAGE_BATCH } from '../infra/cloud-storage';
import { lt, oneOf } from '../infra/query-store';
import type { StoredDoc } from './purge.store';
import type { RetentionDeps } from './retention.deps';
import { fileIdAt, fileIdsIn } from './stored-files';

/** Documents per round; each round makes at most one storage call (≤ 50 fileIDs) per 50 ids. */
export const PURGE_BATCH = 50;
/** Leaves room in the files function's 20 s timeout (config.json) for the last round to finish. */
export const PURGE_BUDGET_MS = 12_000;

/** The collections the retention timer purges, with their rules (sessions are the account timer's). */
export const PURGED: ReadonlyArray<readonly [CollectionName, PurgeRule]> = (
  Object.entries(RETENTION_COLLECTIONS) as [CollectionName, (typeof RETENTION_COLLECTIONS)[CollectionName]][]
).flatMap(([name, entry]) => (entry.purge?.by === 'retention' ? [[name, entry.purge] as const] : []));

async function storedFiles(docs: StoredDoc[], deps: RetentionDeps): Promise<string[]> {
  const ids = docs.flatMap(fileIdsIn);
  // A pending upload's bytes may be stored though its fileID was never reported: reach them by path.
  const unnamed = docs.filter((d) => d.fileID === null && typeof d.cloudPath === 'string');
  const known = ids[0] ?? (unnamed.length > 0 ? await deps.anyFileId() : null);
  if (known) for (const d of unnamed) ids.push(fileIdAt(d.cloudPath as string, known) ?? '');
  return [...new Set(ids.filter(Boolean))];
}

/** The file records of media deleted with their owner (feedback photos and voice) go with them. */
async function forgetFileRecords(fileIDs: string[], deps: RetentionDeps): Promise<void> {
  const files = deps.store(COLLECTIONS.files);
  for (let i = 0; i < fileIDs.length; i += PURGE_BATCH) {
    const where = { fileID: oneOf(fileIDs.slice(i, i + PURGE_BATCH)) };
    const records = await files.page({ where, orderBy: 'createdAt', direction: 'asc', limit: PURGE_BATCH });
    await Promise.all(records.map((r) => files.remove(r._id)));
  }
}

/** One round on one collection: the oldest expired documents, their stored files first, then the documents. */
async function purgeRound(name: CollectionName, rule: PurgeRule, at: number, deps: RetentionDeps) {
  const store = deps.store(name);
  const where: Record<string, unknown> = { [rule.field]: lt(at - rule.days * DAY_MS) };
  if (rule.statuses) where.status = oneOf([...rule.statuses]);
  const docs = await store.page({ where, orderBy: rule.field, direction: 'asc', limit: PURGE_BATCH });
  if (rule.withStorage) {
    const fileIDs = await storedFiles(docs, deps);
    for (let i = 0; i < fileIDs.length; i += STORAGE_BATCH)
      await deps.storage.remove(fileIDs.slice(i, i + STORAGE_BATCH));
    if (name !== COLLECTIONS.files) await forgetFileRecords(fileIDs, deps);
  }
  const removed = await Promise.all(docs.map((d) => store.remove(d._id)));
  return { seen: docs.length, removed: removed.reduce((sum, n) => sum + n, 0) };
}

export interface PurgeReport {
  removed: Partial<Record<CollectionName, number>>;
  /** False when the budget ran out first: the next run (next day, or an admin's call) carries on. */
  complete: boolean;
}

/**
 * Deletes what outlived its retention (config/retention.ts), collection by collection, oldest
 * first, in bounded rounds. Storage goes before the documents naming it, so a run cut short
 * leaves nothing unreachable: the next run finds the same documents and deletes again (a missing
 * file is not an error), which makes the purge idempotent and resumable without a cursor.
 */
export async function purgeExpired(deps: RetentionDeps, at: number, budgetMs = PURGE_BUDGET_MS): Promise<PurgeReport> {
  const started = deps.elapsedMs();
  const removed: PurgeReport['removed'] = {};
  for (const [name, rule] of PURGED) {
    for (;;) {
      if (deps.elapsedMs() - started >= budgetMs) return { removed, complete: false };
      const round = await purgeRound(name, rule, at, deps);
      if (round.removed > 0) removed[name] = (removed[name] ?? 0) + round.removed;
      if (round.seen < PURGE_BATCH) break;
    }
  }
  return { removed, complete: true };
}

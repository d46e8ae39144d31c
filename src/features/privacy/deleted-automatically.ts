import type { RetentionEntry } from '../../../config/retention';

/** Whether the timer deletes what the entry keeps, by its own rule or with a collection's documents. */
export function deletedAutomatically(entry: RetentionEntry): boolean {
  return entry.purge !== null || entry.purgedWith !== undefined;
}

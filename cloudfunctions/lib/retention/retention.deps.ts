import type { AuditRecorder } from '../audit/audit-recorder';
import type { CollectionName } from '../infra/collections';
import type { FileStorage } from '../files/files.deps';
import type { PurgeStore } from './purge.store';

export interface RetentionDeps {
  store(name: CollectionName): PurgeStore;
  storage: Pick<FileStorage, 'remove'>;
  /** Any fileID stored in this environment (it names the bucket), or null when none is known. */
  anyFileId(): Promise<string | null>;
  /** Real time, for the run's budget (the purge's "now" is the call's clock). */
  elapsedMs(): number;
  /** Each run is audited: counts per collection, never what was deleted. */
  audit: AuditRecorder;
}

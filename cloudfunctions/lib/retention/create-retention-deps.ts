import { createAuditRecorder } from '../audit/create-audit-recorder';
import { cloudFileStorage } from '../infra/cloud-storage';
import { COLLECTIONS } from '../infra/collections';
import { gt, queryStore } from '../infra/query-store';
import type { FileRecord } from '../files/file.record';
import { purgeStore } from './purge.store';
import type { RetentionDeps } from './retention.deps';

/** Wires the purge to the cloud database, storage and the audit chain (throws at load if its key is unset). */
export function createRetentionDeps(env: Record<string, string | undefined> = process.env): RetentionDeps {
  const files = queryStore<FileRecord>(COLLECTIONS.files);
  return {
    store: purgeStore,
    storage: cloudFileStorage(),
    async anyFileId() {
      const [newest] = await files.page({
        where: { fileID: gt('') },
        orderBy: 'createdAt',
        direction: 'desc',
        limit: 1,
      });
      return newest?.fileID ?? null;
    },
    elapsedMs: () => Date.now(),
    audit: createAuditRecorder(env),
  };
}

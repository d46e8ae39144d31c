import { cloudFileStorage } from '../infra/cloud-storage';
import { COLLECTIONS } from '../infra/collections';
import { gt, queryStore } from '../infra/query-store';
import type { FileRecord } from '../files/file.record';
import { purgeStore } from './purge.store';
import type { RetentionDeps } from './retention.deps';

/** Wires the purge to the cloud database and storage. */
export function createRetentionDeps(): RetentionDeps {
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
  };
}

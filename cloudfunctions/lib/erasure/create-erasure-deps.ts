import type { AuditRecorder } from '../audit/audit-recorder';
import { cloudFileStorage } from '../infra/cloud-storage';
import { queryStore } from '../infra/query-store';
import type { ErasureDeps, StoredDoc } from './erasure.deps';

/** Wires the eraser to the cloud database and storage; audited through the caller's recorder. */
export function createErasureDeps(audit: AuditRecorder): ErasureDeps {
  return {
    collection(name) {
      const query = queryStore<StoredDoc>(name);
      const docs = queryStore<StoredDoc>(name);
      return { get: query.get, find: query.find, remove: docs.remove, update: docs.update };
    },
    storage: cloudFileStorage(),
    audit,
  };
}

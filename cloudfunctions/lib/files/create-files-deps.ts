import { cloudFileStorage } from '../infra/cloud-storage';
import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import type { FilesDeps } from './files.deps';
import { filesRepository } from './files.repository';

export type { FilesDeps } from './files.deps';

/** Wires the files use cases to the cloud database and storage. */
export function createFilesDeps(): FilesDeps {
  return {
    files: filesRepository(queryStore(COLLECTIONS.files)),
    storage: cloudFileStorage(),
    now: () => Date.now(),
  };
}

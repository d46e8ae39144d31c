import type { DocumentStore } from '../infra/query-store';
import type { FileRecord } from './file.record';

export function filesRepository(store: DocumentStore<FileRecord>) {
  return {
    get: (id: string) => store.get(id),
    /** A person's uploads (index `accountId`); more than anyone keeps at once, the SDK's cap for one read. */
    ofAccount: (accountId: string) => store.find({ accountId }, 1000),
    insert: (record: FileRecord) => store.insert(record),
    update: (id: string, patch: Partial<Omit<FileRecord, '_id'>>) => store.update(id, patch),
    remove: (id: string) => store.remove(id),
  };
}

export type FilesRepository = ReturnType<typeof filesRepository>;

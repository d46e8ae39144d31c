import { STORAGE_BATCH } from '../infra/cloud-storage';
import { COLLECTIONS, type CollectionName } from '../infra/collections';
import { oneOf } from '../infra/query-store';
import { fileIdAt, fileIdsIn } from '../retention/stored-files';
import type { ErasureDeps, StoredDoc } from './erasure.deps';

/** Ids per `in` query: the same bound as a storage call. */
const ID_BATCH = STORAGE_BATCH;

/**
 * Every stored file the documents name (a file record's fileID, feedback's photos and voice), and
 * the bytes of an upload whose fileID was never reported, reached by its path in the same bucket.
 */
function storedFiles(docs: readonly StoredDoc[]): string[] {
  const ids = docs.flatMap(fileIdsIn);
  const known = ids[0];
  if (known) {
    for (const d of docs) {
      if (d.fileID === null && typeof d.cloudPath === 'string') ids.push(fileIdAt(d.cloudPath, known) ?? '');
    }
  }
  return [...new Set(ids.filter(Boolean))];
}

/** The file records of media erased with their owner (feedback photos and voice) go with them. */
async function forgetFileRecords(fileIDs: string[], deps: ErasureDeps): Promise<number> {
  const files = deps.collection(COLLECTIONS.files);
  let removed = 0;
  for (let i = 0; i < fileIDs.length; i += ID_BATCH) {
    const records = await files.find({ fileID: oneOf(fileIDs.slice(i, i + ID_BATCH)) }, ID_BATCH);
    for (const r of records) removed += await files.remove(r._id);
  }
  return removed;
}

/**
 * Deletes documents of one collection and, when they name stored files, the bytes first (deleteFile
 * takes at most 50 fileIDs a call): a run cut short leaves documents that still name what to
 * delete, so running again finishes the job (a missing file is not an error).
 */
export async function eraseRecords(
  collection: CollectionName,
  docs: readonly StoredDoc[],
  withStorage: boolean,
  deps: ErasureDeps,
): Promise<{ records: number; files: number }> {
  let files = 0;
  if (withStorage) {
    const fileIDs = storedFiles(docs);
    for (let i = 0; i < fileIDs.length; i += STORAGE_BATCH)
      await deps.storage.remove(fileIDs.slice(i, i + STORAGE_BATCH));
    files = fileIDs.length;
    if (collection !== COLLECTIONS.files) await forgetFileRecords(fileIDs, deps);
  }
  const store = deps.collection(collection);
  let records = 0;
  for (const d of docs) records += await store.remove(d._id);
  return { records, files };
}

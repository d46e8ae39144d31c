import type { CheckedUpload } from './check-upload';

/** What a record keeps of a checked upload it refers to: the one projection (grants, materials). */
export type StoredFileRef = Pick<CheckedUpload, 'uploadId' | 'fileID' | 'name' | 'size' | 'kind' | 'sha256'>;

/**
 * The stored file's reference and nothing more (not the upload's path, nor any field an adapter
 * adds): the fileID is what later reads use.
 */
export function storedFileRef(file: StoredFileRef): StoredFileRef {
  const { uploadId, fileID, name, size, kind, sha256 } = file;
  return { uploadId, fileID, name, size, kind, sha256 };
}

/** The `storage.*` actions (CLOUDBASE-WIRE.md §4). */
import type { ActionHandler } from '../tcb/action';
import { invalidParam } from '../tcb/cloud-error';
import { isPlainObject } from '../database/document';
import { DEFAULT_MAX_AGE_S, type StorageService } from './storage-service';

/**
 * getTempFileURL and deleteFile take at most 50 files per call ("一次最多取 50 个", "一次最多 50 个":
 * reference-sdk-api/storage/Cloud.getTempFileURL and Cloud.deleteFile). CloudBase answers a longer
 * list with INVALID_PARAM (TencentCloud/tcb-sdk-php#1), so the whole call fails.
 */
export const MAX_FILES_PER_CALL = 50;

export function assertFileCount(list: unknown[], api: string): void {
  if (list.length > MAX_FILES_PER_CALL) {
    throw invalidParam(`${api}: at most ${MAX_FILES_PER_CALL} files per call, got ${list.length}`);
  }
}

export function storageActions(storage: StorageService): Record<string, ActionHandler> {
  return {
    'storage.getUploadMetadata': (req) => ({ data: storage.uploadMetadata(req.env, req.body.path, req.caller.openid) }),
    'storage.batchGetDownloadUrl': (req) => {
      const list = req.body.file_list;
      if (!Array.isArray(list)) throw invalidParam('file_list must be an array');
      assertFileCount(list, 'getTempFileURL');
      const download_list = list.map((item: unknown) => {
        if (!isPlainObject(item)) throw invalidParam('file_list items must be objects');
        const maxAge = typeof item.max_age === 'number' && item.max_age > 0 ? item.max_age : DEFAULT_MAX_AGE_S;
        return storage.tempUrl(item.fileid, maxAge);
      });
      return { data: { download_list } };
    },
    'storage.batchDeleteFile': (req) => {
      const list = req.body.fileid_list;
      if (!Array.isArray(list)) throw invalidParam('fileid_list must be an array');
      assertFileCount(list, 'deleteFile');
      return { data: { delete_list: list.map((id: unknown) => storage.delete(id)) } };
    },
  };
}

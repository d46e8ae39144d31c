import { AppError } from '../errors/app-error';
import { checkUpload, type FilesDeps } from '../files/check-upload';
import { tempUrls } from '../files/temp-urls';
import type { MaterialStore } from './material-store';
import { storedFileRef } from '../files/stored-file-ref';

/**
 * Materials over lib/files: the upload must have been prepared for one of the purposes asked
 * (a feedback photo is not an application material), then checkUpload measures and sniffs its
 * real bytes against the material's rule.
 */
export function filesMaterialStore(deps: FilesDeps): MaterialStore {
  return {
    async check(uploadId, accountId, purposes, rule) {
      const record = await deps.files.get(uploadId);
      if (!record || record.accountId !== accountId) throw new AppError('FILE.NOT_FOUND');
      if (!(purposes as readonly string[]).includes(record.purpose)) {
        throw new AppError('REQUESTS.UPLOAD_PURPOSE_MISMATCH');
      }
      return storedFileRef(await checkUpload(uploadId, accountId, rule, deps));
    },
    tempUrls: (fileIDs) => tempUrls(fileIDs, deps.storage),
  };
}

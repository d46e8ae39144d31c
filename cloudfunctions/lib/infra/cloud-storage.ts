import type { FileStorage } from '../files/files.deps';
import { cloud } from './cloud';

interface TempUrlItem {
  fileID: string;
  status: number;
  tempFileURL: string;
}

/** Storage over wx-server-sdk. A missing file reads as null; any other failure is thrown. */
export function cloudFileStorage(): FileStorage {
  async function tempUrls(fileIDs: string[], maxAge: number): Promise<Record<string, string>> {
    if (fileIDs.length === 0) return {};
    const result = (await cloud.getTempFileURL({
      fileList: fileIDs.map((fileID) => ({ fileID, maxAge })),
    })) as { fileList: TempUrlItem[] };
    const urls: Record<string, string> = {};
    for (const item of result.fileList) if (item.status === 0 && item.tempFileURL) urls[item.fileID] = item.tempFileURL;
    return urls;
  }

  return {
    async download(fileID) {
      // The SDK throws on a missing file; ask first so a missing file is a value, not an error.
      if (!(await tempUrls([fileID], 60))[fileID]) return null;
      const result = (await cloud.downloadFile({ fileID })) as { fileContent: Buffer };
      return result.fileContent;
    },
    async upload(cloudPath, bytes) {
      const result = (await cloud.uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string };
      return result.fileID;
    },
    async remove(fileIDs) {
      if (fileIDs.length > 0) await cloud.deleteFile({ fileList: fileIDs });
    },
    tempUrls,
  };
}

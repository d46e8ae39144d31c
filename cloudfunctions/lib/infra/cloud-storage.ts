import type { FileStorage } from '../files/files.deps';
import { cloud } from './cloud';

interface TempUrlItem {
  fileID: string;
  status: number;
  tempFileURL: string;
}

/**
 * getTempFileURL and deleteFile take at most 50 files per call ("一次最多取 50 个", "一次最多 50 个":
 * developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html
 * and Cloud.deleteFile.html); a longer list fails the whole call with INVALID_PARAM.
 */
export const STORAGE_BATCH = 50;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += STORAGE_BATCH) out.push(items.slice(i, i + STORAGE_BATCH));
  return out;
}

/** Storage over wx-server-sdk. A missing file reads as null; any other failure is thrown. */
export function cloudFileStorage(): FileStorage {
  async function tempUrls(fileIDs: string[], maxAge: number): Promise<Record<string, string>> {
    const urls: Record<string, string> = {};
    const answers = await Promise.all(
      batches(fileIDs).map(
        (batch) =>
          cloud.getTempFileURL({ fileList: batch.map((fileID) => ({ fileID, maxAge })) }) as Promise<{
            fileList: TempUrlItem[];
          }>,
      ),
    );
    for (const { fileList } of answers) {
      for (const item of fileList) if (item.status === 0 && item.tempFileURL) urls[item.fileID] = item.tempFileURL;
    }
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
      for (const batch of batches(fileIDs)) await cloud.deleteFile({ fileList: batch });
    },
    tempUrls,
  };
}

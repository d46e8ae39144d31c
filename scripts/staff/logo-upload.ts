import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { PreparedUpload, UploadView } from '../../cloudfunctions/lib/contract/files';
import type { Result } from '../../cloudfunctions/lib/contract/result';

/** What uploading a logo needs, as the same admin: the files function and the storage upload. */
export interface LogoPort {
  files: <T>(action: string, input: unknown) => Promise<Result<T>>;
  /** Stores bytes at a path as the admin, as wx.cloud.uploadFile does in the app; returns the fileID. */
  store: (cloudPath: string, bytes: Buffer) => Promise<string>;
  read: (path: string) => Promise<Buffer>;
}

const KINDS: Record<string, 'png' | 'jpeg'> = { '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg' };

/** Reads files from disk; the rest is given by the command's caller. */
export const diskRead = (path: string) => readFile(path);

/**
 * Uploads a logo the way the staff screen does: files.prepareUpload (purpose `service-logo`, admins
 * only), the bytes to the path it gave, files.confirmUpload (real type and size checked there).
 * The upload id is what clientAdd and clientSetLogo take.
 */
export async function uploadLogo(port: LogoPort, path: string): Promise<Result<{ uploadId: string }>> {
  const kind = KINDS[extname(path).toLowerCase()];
  if (!kind) return { ok: false, error: { code: 'FILE.TYPE_NOT_ALLOWED', message: '图标须为 PNG 或 JPEG 图片' } };
  let bytes: Buffer;
  try {
    bytes = await port.read(path);
  } catch {
    return { ok: false, error: { code: 'REQUEST.INVALID_INPUT', message: `无法读取文件 ${path}` } };
  }
  const prepared = await port.files<PreparedUpload>('prepareUpload', {
    purpose: 'service-logo',
    name: basename(path),
    size: bytes.length,
    kind,
  });
  if (!prepared.ok) return prepared;
  const fileID = await port.store(prepared.data.cloudPath, bytes);
  const confirmed = await port.files<UploadView>('confirmUpload', { uploadId: prepared.data.uploadId, fileID });
  return confirmed.ok ? { ok: true, data: { uploadId: confirmed.data.uploadId } } : confirmed;
}

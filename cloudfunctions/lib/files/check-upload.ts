import { createHash } from 'node:crypto';
import { FILE_EXTENSIONS, UPLOAD_RULES, type FileKind, type UploadRule } from '../contract/files';
import { AppError } from '../errors/app-error';
import type { FileRecord } from './file.record';
import type { FilesDeps } from './files.deps';
import { sniffKind } from './sniff-kind';

export type { FilesDeps } from './files.deps';

export interface CheckedUpload {
  uploadId: string;
  fileID: string;
  cloudPath: string;
  name: string;
  size: number;
  kind: FileKind;
  sha256: string;
}

type RuleCode = 'FILE.TYPE_NOT_ALLOWED' | 'FILE.TOO_LARGE';

function breaks(rule: UploadRule, kind: FileKind | null, size: number): RuleCode | null {
  if (!kind || !rule.kinds.includes(kind)) return 'FILE.TYPE_NOT_ALLOWED';
  if (size > rule.maxBytes) return 'FILE.TOO_LARGE';
  return null;
}

function checked(record: FileRecord): CheckedUpload {
  return {
    uploadId: record._id,
    fileID: record.fileID as string,
    cloudPath: record.cloudPath,
    name: record.name,
    size: record.size as number,
    kind: record.kind as FileKind,
    sha256: record.sha256 as string,
  };
}

/** Bytes that fail their purpose's own rule are refused for good: the stored copy is deleted. */
async function reject(record: FileRecord, fileID: string, code: RuleCode, deps: FilesDeps): Promise<never> {
  await deps.files.update(record._id, { status: 'rejected', rejectedCode: code, fileID: null });
  await deps.storage.remove([fileID]);
  throw new AppError(code);
}

/**
 * Checks an upload for a use case: it must belong to `accountId` (otherwise it does not exist, as
 * far as the caller can tell), its bytes must be stored, and their real type (magic bytes) and
 * real size must fit `rule`. The first successful check copies the bytes to a path only the server
 * writes, so what was checked is what stays stored, and marks the record `checked`.
 */
export async function checkUpload(
  uploadId: string,
  accountId: string,
  rule: UploadRule,
  deps: FilesDeps,
): Promise<CheckedUpload> {
  const record = await deps.files.get(uploadId);
  if (!record || record.accountId !== accountId) throw new AppError('FILE.NOT_FOUND');
  if (record.status === 'rejected') throw new AppError((record.rejectedCode as RuleCode) ?? 'FILE.TYPE_NOT_ALLOWED');
  if (record.status === 'checked') {
    const code = breaks(rule, record.kind, record.size ?? Infinity);
    if (code) throw new AppError(code);
    return checked(record);
  }
  if (!record.fileID) throw new AppError('FILE.NOT_UPLOADED');
  const bytes = await deps.storage.download(record.fileID);
  if (!bytes) throw new AppError('FILE.NOT_UPLOADED');
  const kind = sniffKind(bytes);
  const purposeCode = breaks(UPLOAD_RULES[record.purpose], kind, bytes.length);
  if (purposeCode) return reject(record, record.fileID, purposeCode, deps);
  const code = breaks(rule, kind, bytes.length);
  if (code) throw new AppError(code);

  const cloudPath = `files/${record.purpose}/${record._id}.${FILE_EXTENSIONS[kind as FileKind]}`;
  const fileID = await deps.storage.upload(cloudPath, bytes);
  const patch = {
    status: 'checked' as const,
    fileID,
    cloudPath,
    size: bytes.length,
    kind,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    checkedAt: deps.now(),
  };
  await deps.files.update(record._id, patch);
  await deps.storage.remove([record.fileID]);
  return checked({ ...record, ...patch });
}

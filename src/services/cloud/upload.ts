import type { FileKind, PreparedUpload, UploadPurpose, UploadView } from '../../../cloudfunctions/lib/contract/files';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import type { Result } from '../../../cloudfunctions/lib/contract/result';
import { t } from '../../i18n';
import type { CloudClient } from './client';
import type { UploadTransport } from './upload-transport';

export interface UploadInput {
  purpose: UploadPurpose;
  /** The original file name, shown back to the person. */
  name: string;
  size: number;
  kind: FileKind;
}

export interface UploadedFile extends UploadView {
  fileID: string;
}

const actions = FUNCTIONS.files;

/** A file kind from a file name's extension: what the client declares (the server sniffs the bytes). */
export function kindFromName(name: string): FileKind | null {
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const kinds: Record<string, FileKind> = {
    jpg: 'jpeg',
    jpeg: 'jpeg',
    png: 'png',
    pdf: 'pdf',
    mp4: 'mp4',
    aac: 'aac',
    mp3: 'mp3',
    m4a: 'm4a',
  };
  return kinds[extension] ?? null;
}

/**
 * Uploads one chosen file: files.prepareUpload (the server records it as the caller's), the bytes
 * to the path it gave, then files.confirmUpload (the server checks the real type and size). The
 * uploadId is what a form submits. Failures come back as a Result, never thrown.
 */
export function createUploader(client: CloudClient, transport: UploadTransport) {
  return async function uploadFile(localPath: string, input: UploadInput): Promise<Result<UploadedFile>> {
    const prepared = await client.call<PreparedUpload, 'files'>('files', actions.prepareUpload, input);
    if (!prepared.ok) return prepared;
    let fileID: string;
    try {
      fileID = await transport.upload(prepared.data.cloudPath, localPath);
    } catch {
      return { ok: false, error: { code: 'NETWORK', message: t.errors.network } };
    }
    const confirmed = await client.call<UploadView, 'files'>('files', actions.confirmUpload, {
      uploadId: prepared.data.uploadId,
      fileID,
    });
    return confirmed.ok ? { ok: true, data: { ...confirmed.data, fileID } } : confirmed;
  };
}

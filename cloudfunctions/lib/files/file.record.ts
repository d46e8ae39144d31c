import type { FileKind, UploadPurpose } from '../contract/files';

/**
 * An upload as stored in `files`. The owner is `accountId`, set from the signed-in caller when the
 * upload is prepared; nothing else (path, event, fileID) decides who a file belongs to.
 * `pending` → the client got a path; `uploaded` → it reported the stored fileID; `checked` → the
 * server measured and sniffed the bytes and keeps its own copy; `rejected` → they failed a rule.
 */
export type FileStatus = 'pending' | 'uploaded' | 'checked' | 'rejected';

export interface FileRecord {
  _id: string;
  /**
   * The uploader's account; for a service logo once attached, `oidc-client:<clientId>`: the logo
   * then belongs to the registered service (not personal data, kept while the service exists), so
   * it leaves the admin's own uploads, their self-service deletion and their account's erasure.
   */
  accountId: string;
  purpose: UploadPurpose;
  /** Where the client uploads the bytes: `uploads/<purpose>/<uploadId>.<ext>`. */
  cloudPath: string;
  /** The stored file: the client's upload until checked, then the server's own copy. */
  fileID: string | null;
  name: string;
  declaredSize: number;
  declaredKind: FileKind;
  status: FileStatus;
  size: number | null;
  kind: FileKind | null;
  sha256: string | null;
  rejectedCode: string | null;
  createdAt: number;
  checkedAt: number | null;
}

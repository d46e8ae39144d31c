import { AppError } from '../errors/app-error';
import type { FilesDeps } from '../files/files.deps';
import { tempUrls } from '../files/temp-urls';
import type { OidcClientLogo, OidcClientRecord } from './oidc.records';

/** Who holds a logo once attached: the service, not the admin who uploaded it (see file.record). */
export const logoHolder = (clientId: string) => `oidc-client:${clientId}`;

/**
 * Takes an admin's upload as a service's logo. It must be the admin's own upload of purpose
 * `service-logo`, confirmed and checked (real PNG/JPEG within the purpose's limit); anything else,
 * including someone else's upload, is refused alike (OIDC.LOGO_INVALID). The upload then belongs to
 * the service: it leaves the admin's own uploads and is kept while the service exists.
 */
export async function adoptLogo(
  files: FilesDeps,
  uploadId: string,
  adminId: string,
  clientId: string,
): Promise<OidcClientLogo> {
  const record = await files.files.get(uploadId);
  // A `checked` record's bytes already passed its purpose's rule (checkUpload): PNG/JPEG, ≤ 200 KB.
  if (
    !record ||
    record.accountId !== adminId ||
    record.purpose !== 'service-logo' ||
    record.status !== 'checked' ||
    !record.fileID
  )
    throw new AppError('OIDC.LOGO_INVALID');
  await files.files.update(uploadId, { accountId: logoHolder(clientId) });
  return { uploadId: record._id, fileID: record.fileID };
}

/**
 * A replaced logo is deleted with its stored bytes (Cloud.deleteFile, see lib/infra/cloud-storage:
 * developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.deleteFile.html).
 */
export async function dropLogo(files: FilesDeps, logo: OidcClientLogo): Promise<void> {
  await files.storage.remove([logo.fileID]);
  await files.files.remove(logo.uploadId);
}

/**
 * Short-lived links to the logos of these services, by client id (null: no logo, or its file is
 * gone). The consent page shows the logo from our storage through Cloud.getTempFileURL
 * (developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html),
 * never from the service's own server, which would learn that someone opened the page before consenting.
 */
export async function logoUrls(
  files: Pick<FilesDeps, 'storage'>,
  clients: readonly Pick<OidcClientRecord, '_id' | 'logo'>[],
): Promise<Map<string, string | null>> {
  const fileIDs = clients.flatMap((c) => (c.logo ? [c.logo.fileID] : []));
  const urls = fileIDs.length > 0 ? await tempUrls(fileIDs, files.storage) : {};
  return new Map(clients.map((c) => [c._id, c.logo ? (urls[c.logo.fileID] ?? null) : null]));
}

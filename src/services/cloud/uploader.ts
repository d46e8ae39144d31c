import { cloudClient } from '.';
import { createUploader } from './upload';
import { h5UploadTransport } from './upload-transport';
import { weappUploadTransport } from './weapp-upload';

/**
 * Uploads a chosen file for a purpose and returns its uploadId (see ./upload.ts). A module of its
 * own, so only the subpackages that upload carry it, not the main package.
 */
export const uploadFile = createUploader(
  cloudClient,
  process.env.TARO_ENV === 'h5' ? h5UploadTransport : weappUploadTransport,
);
export { kindFromName } from './upload';
export type { UploadInput, UploadedFile } from './upload';

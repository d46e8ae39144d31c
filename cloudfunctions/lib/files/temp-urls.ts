import { cloudFileStorage } from '../infra/cloud-storage';
import type { FileStorage } from './files.deps';

/** Temporary download links live briefly: long enough to open a file, too short to pass around. */
export const TEMP_URL_MAX_AGE_S = 600;

/**
 * Short-lived download links for files a use case has already decided the caller may see.
 * Missing files are left out of the answer.
 */
export function tempUrls(
  fileIDs: string[],
  storage: FileStorage = cloudFileStorage(),
): Promise<Record<string, string>> {
  return storage.tempUrls([...new Set(fileIDs)], TEMP_URL_MAX_AGE_S);
}

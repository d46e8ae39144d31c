import type { StoredDoc } from './purge.store';

const FILE_ID = /^cloud:\/\/[^/]+\//;

/** Every fileID a document names (a file record's `fileID`, feedback's photos and voice), two levels deep. */
export function fileIdsIn(doc: StoredDoc): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (typeof value === 'string' && FILE_ID.test(value)) found.push(value);
    else if (depth > 0 && Array.isArray(value)) value.forEach((v) => visit(v, depth - 1));
    else if (depth > 0 && typeof value === 'object' && value !== null)
      Object.values(value).forEach((v) => visit(v, depth - 1));
  };
  Object.values(doc).forEach((v) => visit(v, 2));
  return found;
}

/**
 * The fileID an upload would have at `cloudPath`. A pending upload has no fileID yet (the client
 * never reported it, and only storage knows the bucket), but its bytes may be stored: a fileID of
 * the same environment (`cloud://<env>.<bucket>/…`) gives the bucket.
 */
export function fileIdAt(cloudPath: string, sameEnvFileId: string): string | null {
  const root = FILE_ID.exec(sameEnvFileId)?.[0];
  return root ? `${root}${cloudPath}` : null;
}

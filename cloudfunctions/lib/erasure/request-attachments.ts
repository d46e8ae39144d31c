import { COLLECTIONS } from '../infra/collections';
import type { ErasureDeps } from './erasure.deps';

/** More applications than one person files in the service's life; the SDK's cap for one read. */
const MAX_REQUESTS = 1000;

/**
 * The upload ids and fileIDs attached to the person's submitted applications: they are part of a
 * record of a matter the bureau handled (Archives Law) and are kept with it, never erased as uploads.
 */
export async function requestAttachments(accountId: string, deps: ErasureDeps): Promise<Set<string>> {
  const requests = await deps.collection(COLLECTIONS.serviceRequests).find({ applicantId: accountId }, MAX_REQUESTS);
  const kept = new Set<string>();
  for (const r of requests) {
    const materials = Array.isArray(r.materials) ? (r.materials as { uploadId?: unknown; fileID?: unknown }[]) : [];
    for (const m of materials) {
      if (typeof m.uploadId === 'string') kept.add(m.uploadId);
      if (typeof m.fileID === 'string') kept.add(m.fileID);
    }
  }
  return kept;
}

/** Whether a file record is one of those attachments (by its upload id or its stored fileID). */
export function isAttached(file: { _id: string; fileID?: unknown }, attached: ReadonlySet<string>): boolean {
  return attached.has(file._id) || (typeof file.fileID === 'string' && attached.has(file.fileID));
}

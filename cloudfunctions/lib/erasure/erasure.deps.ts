import type { AuditRecorder } from '../audit/audit-recorder';
import type { FileStorage } from '../files/files.deps';
import type { CollectionName } from '../infra/collections';
import type { Where } from '../infra/query-store';

/** Any stored document, as the eraser sees it: an id and fields it reads by name. */
export interface StoredDoc {
  _id: string;
  [field: string]: unknown;
}

/** What the eraser needs of one collection: reads by an indexed field, and removal by id. */
export interface ErasureCollection {
  get(id: string): Promise<StoredDoc | null>;
  find(where: Where<StoredDoc>, limit: number): Promise<StoredDoc[]>;
  remove(id: string): Promise<number>;
  update(id: string, patch: Record<string, unknown>): Promise<number>;
}

export interface ErasureDeps {
  collection(name: CollectionName): ErasureCollection;
  storage: Pick<FileStorage, 'remove'>;
  audit: AuditRecorder;
}

/** Why an erasure ran: written to the audit entry, with counts only. */
export type ErasureReason = 'privacy-request' | 'account-closed' | 'self-service';

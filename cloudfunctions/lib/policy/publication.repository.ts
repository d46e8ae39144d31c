import { AppError } from '../errors/app-error';
import { COLLECTIONS } from '../infra/collections';
import { queryStore, type DocumentStore } from '../infra/query-store';
import type { PublicationRecord } from './publication.record';

/** Publications are few (a handful a year): one read gets them all. */
const MAX_PUBLICATIONS = 1000;

export interface PublicationRepository {
  list(): Promise<PublicationRecord[]>;
  get(id: string): Promise<PublicationRecord | null>;
  /** Refused with POLICY.VERSION_NOT_NEWER when the version was published already (same id). */
  insert(record: PublicationRecord): Promise<void>;
  update(id: string, patch: Partial<Omit<PublicationRecord, '_id'>>): Promise<void>;
}

function isDuplicate(error: unknown): boolean {
  const { errMsg, message } = (error ?? {}) as { errMsg?: unknown; message?: unknown };
  return /duplicate|exist/i.test(`${String(errMsg ?? '')} ${String(message ?? '')}`);
}

export function publicationRepository(
  store: DocumentStore<PublicationRecord> = queryStore(COLLECTIONS.policyVersions),
): PublicationRepository {
  return {
    list: () => store.find({}, MAX_PUBLICATIONS),
    get: (id) => store.get(id),
    async insert(record) {
      try {
        await store.insert(record);
      } catch (error) {
        if (isDuplicate(error)) throw new AppError('POLICY.VERSION_NOT_NEWER');
        throw error;
      }
    },
    async update(id, patch) {
      await store.update(id, patch);
    },
  };
}

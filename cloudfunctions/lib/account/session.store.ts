import { COLLECTIONS } from '../infra/collections';
import { documentStore, type DocumentStore } from '../infra/document-store';
import { queryStore, type QueryStore } from '../infra/query-store';
import type { SessionRecord } from './account.record';

/** What the session repository needs of the `sessions` collection: ordered pages, where-updates, removal. */
export type SessionStore = Pick<QueryStore<SessionRecord>, 'page' | 'updateWhere'> &
  Pick<DocumentStore<SessionRecord>, 'insert' | 'remove'>;

export function sessionStore(): SessionStore {
  const query = queryStore<SessionRecord>(COLLECTIONS.sessions);
  const docs = documentStore<SessionRecord>(COLLECTIONS.sessions);
  return { page: query.page, updateWhere: query.updateWhere, insert: docs.insert, remove: docs.remove };
}

import { COLLECTIONS } from '../infra/collections';
import { queryStore, type QueryStore } from '../infra/query-store';
import type { SessionRecord } from './account.record';

/** What the session repository needs of the `sessions` collection: ordered pages, where-updates, removal. */
export type SessionStore = Pick<QueryStore<SessionRecord>, 'page' | 'updateWhere' | 'insert' | 'remove'>;

export function sessionStore(): SessionStore {
  return queryStore<SessionRecord>(COLLECTIONS.sessions);
}

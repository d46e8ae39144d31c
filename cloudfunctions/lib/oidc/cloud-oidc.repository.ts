import { isConflict } from '../infra/chain-append';
import { COLLECTIONS, type CollectionName } from '../infra/collections';
import { gt, queryStore } from '../infra/query-store';
import type {
  OidcAuthorizationRecord,
  OidcClientRecord,
  OidcCodeRecord,
  OidcQrSessionRecord,
  OidcTokenRecord,
} from './oidc.records';
import type { OidcRepository } from './oidc.repository';

/** A person holds few authorizations; the SDK caps a read at 1000. */
const MAX_AUTHORIZATIONS = 1000;
/** Services are registered one by one by admins: a page of 100 is all of them for a long time. */
const MAX_CLIENTS = 100;

export function cloudOidcRepository(): OidcRepository {
  const col = (name: CollectionName) => queryStore<{ _id: string }>(name);
  const get = async <T>(collection: CollectionName, id: string): Promise<T | null> => {
    const rows = await col(collection).find({ _id: id }, 1);
    return (rows[0] as T | undefined) ?? null;
  };
  const put = (collection: CollectionName, doc: { _id: string }) => col(collection).put(doc);
  const qrSessions = queryStore<OidcQrSessionRecord>(COLLECTIONS.oidcQrSessions);

  return {
    client: (id) => get<OidcClientRecord>(COLLECTIONS.oidcClients, id),
    putClient: (client) => put(COLLECTIONS.oidcClients, client),
    clients: () => queryStore<OidcClientRecord>(COLLECTIONS.oidcClients).find({}, MAX_CLIENTS),
    authorization: (id) => get<OidcAuthorizationRecord>(COLLECTIONS.oidcAuthorizations, id),
    putAuthorization: (a) => put(COLLECTIONS.oidcAuthorizations, a),
    async authorizationsOf(accountId) {
      return queryStore<OidcAuthorizationRecord>(COLLECTIONS.oidcAuthorizations).find(
        { accountId },
        MAX_AUTHORIZATIONS,
      );
    },
    async insertCode(code) {
      await col(COLLECTIONS.oidcCodes).insert(code);
    },
    async takeCode(id) {
      const code = await get<OidcCodeRecord>(COLLECTIONS.oidcCodes, id);
      if (!code) return null;
      // Of two exchanges of one code, only the one whose remove removed it gets it.
      return (await col(COLLECTIONS.oidcCodes).remove(id)) === 1 ? code : null;
    },
    async insertToken(token) {
      await col(COLLECTIONS.oidcTokens).insert(token);
    },
    token: (id) => get<OidcTokenRecord>(COLLECTIONS.oidcTokens, id),
    async insertOnce(token) {
      try {
        await col(COLLECTIONS.oidcTokens).insert(token);
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },
    async removeToken(id) {
      await col(COLLECTIONS.oidcTokens).remove(id);
    },
    async insertQrSession(session) {
      await qrSessions.insert(session);
    },
    qrSession: (id) => qrSessions.get(id),
    async moveQrSession(id, from, patch, before) {
      const where = before === undefined ? { _id: id, status: from } : { _id: id, status: from, expiresAt: gt(before) };
      // A conditional update: of two calls moving one session, only one sees it updated.
      return (await qrSessions.updateWhere(where, patch)) === 1;
    },
    async setQrCode(id, code) {
      await qrSessions.update(id, { code });
    },
  };
}

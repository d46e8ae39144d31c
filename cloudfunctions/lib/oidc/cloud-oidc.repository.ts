import { database } from '../infra/cloud';
import { found, isConflict } from '../infra/chain-append';
import { COLLECTIONS } from '../infra/collections';
import type { OidcAuthorizationRecord, OidcClientRecord, OidcCodeRecord, OidcTokenRecord } from './oidc.records';
import type { OidcRepository } from './oidc.repository';

/** A person holds few authorizations; the SDK caps a read at 1000. */
const MAX_AUTHORIZATIONS = 1000;
/** Services are registered one by one by admins: a page of 100 is all of them for a long time. */
const MAX_CLIENTS = 100;

interface Removed {
  stats?: { removed?: number };
}

export function cloudOidcRepository(): OidcRepository {
  const db = database();
  const col = (name: string) => db.collection(name);
  const get = async <T>(collection: string, id: string): Promise<T | null> => {
    const rows = found<T[]>(await col(collection).where({ _id: id }).limit(1).get());
    return rows[0] ?? null;
  };
  const put = async (collection: string, doc: { _id: string }) => {
    const { _id, ...data } = doc;
    await col(collection).doc(_id).set({ data });
  };

  return {
    client: (id) => get<OidcClientRecord>(COLLECTIONS.oidcClients, id),
    putClient: (client) => put(COLLECTIONS.oidcClients, client),
    async clients() {
      return found<OidcClientRecord[]>(await col(COLLECTIONS.oidcClients).limit(MAX_CLIENTS).get());
    },
    authorization: (id) => get<OidcAuthorizationRecord>(COLLECTIONS.oidcAuthorizations, id),
    putAuthorization: (a) => put(COLLECTIONS.oidcAuthorizations, a),
    async authorizationsOf(accountId) {
      const query = col(COLLECTIONS.oidcAuthorizations).where({ accountId }).limit(MAX_AUTHORIZATIONS);
      return found<OidcAuthorizationRecord[]>(await query.get());
    },
    async insertCode(code) {
      await col(COLLECTIONS.oidcCodes).add({ data: code });
    },
    async takeCode(id) {
      const code = await get<OidcCodeRecord>(COLLECTIONS.oidcCodes, id);
      if (!code) return null;
      // Of two exchanges of one code, only the one whose remove removed it gets it.
      const removed = (await col(COLLECTIONS.oidcCodes).doc(id).remove()) as Removed;
      return removed.stats?.removed === 1 ? code : null;
    },
    async insertToken(token) {
      await col(COLLECTIONS.oidcTokens).add({ data: token });
    },
    token: (id) => get<OidcTokenRecord>(COLLECTIONS.oidcTokens, id),
    async insertOnce(token) {
      try {
        await col(COLLECTIONS.oidcTokens).add({ data: token });
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },
    async removeToken(id) {
      await col(COLLECTIONS.oidcTokens).doc(id).remove();
    },
  };
}

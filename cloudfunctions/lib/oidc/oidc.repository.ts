import type { OidcAuthorizationRecord, OidcClientRecord, OidcCodeRecord, OidcTokenRecord } from './oidc.records';

/** What the provider stores. Single use is by id: only one caller removes or creates a document. */
export interface OidcRepository {
  client(id: string): Promise<OidcClientRecord | null>;
  putClient(client: OidcClientRecord): Promise<void>;
  /** Every registered service (staff list them; there are few). */
  clients(): Promise<OidcClientRecord[]>;
  authorization(id: string): Promise<OidcAuthorizationRecord | null>;
  putAuthorization(authorization: OidcAuthorizationRecord): Promise<void>;
  authorizationsOf(accountId: string): Promise<OidcAuthorizationRecord[]>;
  insertCode(code: OidcCodeRecord): Promise<void>;
  /** The code, removed; null when unknown or when another exchange removed it first. */
  takeCode(id: string): Promise<OidcCodeRecord | null>;
  insertToken(token: OidcTokenRecord): Promise<void>;
  token(id: string): Promise<OidcTokenRecord | null>;
  /** Creates a document with this id; false when it already exists (someone else was first). */
  insertOnce(token: OidcTokenRecord): Promise<boolean>;
  removeToken(id: string): Promise<void>;
}

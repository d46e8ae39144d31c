import { randomBytes } from 'node:crypto';
import { CURRENT_POLICIES } from '../../../../../policies/generated';
import { loadAccountConfig } from '../../../../../cloudfunctions/lib/account/account.config';
import type { AccountDeps } from '../../../../../cloudfunctions/lib/account/account.deps';
import { accountRepository, bindingRepository } from '../../../../../cloudfunctions/lib/account/account.repository';
import { auditRepository, inboxRepository } from '../../../../../cloudfunctions/lib/account/inbox.repository';
import { loginAttemptsRepository } from '../../../../../cloudfunctions/lib/account/login-attempts.repository';
import { sensitiveFields } from '../../../../../cloudfunctions/lib/account/sensitive-fields';
import { sessionRepository } from '../../../../../cloudfunctions/lib/account/session.repository';
import { createFieldCipher } from '../../../../../cloudfunctions/lib/crypto/field-cipher';
import { loadCryptoKeys } from '../../../../../cloudfunctions/lib/crypto/keys';
import { LocalFaceVerifierStandIn } from '../../../../../cloudfunctions/lib/face/local-face-verifier-stand-in';
import type { CallContext } from '../../../../../cloudfunctions/lib/handler/call-context';
import type { DocumentStore } from '../../../../../cloudfunctions/lib/infra/document-store';

/** An in-memory DocumentStore with the same equality-only queries as the cloud one. */
export function memoryStore<T extends { _id: string }>(): DocumentStore<T> & { all(): T[] } {
  const docs = new Map<string, T>();
  const copy = (doc: T) => JSON.parse(JSON.stringify(doc)) as T;
  return {
    all: () => [...docs.values()].map(copy),
    get: async (id) => (docs.has(id) ? copy(docs.get(id) as T) : null),
    find: async (where, limit = 100) =>
      [...docs.values()]
        .filter((doc) => Object.entries(where).every(([k, v]) => (doc as Record<string, unknown>)[k] === v))
        .slice(0, limit)
        .map(copy),
    insert: async (doc) => {
      if (docs.has(doc._id)) throw new Error('duplicate _id');
      docs.set(doc._id, copy(doc));
    },
    put: async (doc) => void docs.set(doc._id, copy(doc)),
    update: async (id, patch) => {
      const doc = docs.get(id);
      if (!doc) return 0;
      docs.set(id, copy({ ...doc, ...patch }));
      return 1;
    },
    remove: async (id) => (docs.delete(id) ? 1 : 0),
  };
}

export function memoryDeps(env: Record<string, string> = {}) {
  const stores = {
    accounts: memoryStore<Parameters<ReturnType<typeof accountRepository>['insert']>[0]>(),
    bindings: memoryStore<Parameters<ReturnType<typeof bindingRepository>['put']>[0]>(),
    sessions: memoryStore<import('../../../../../cloudfunctions/lib/account/account.record').SessionRecord>(),
    attempts: memoryStore<import('../../../../../cloudfunctions/lib/account/account.record').LoginAttemptRecord>(),
    messages: memoryStore<import('../../../../../cloudfunctions/lib/account/account.record').InboxMessageRecord>(),
    audit: memoryStore<import('../../../../../cloudfunctions/lib/account/account.record').AuditRecord>(),
  };
  const consents: { openid: string; refs: string[] }[] = [];
  const keys = loadCryptoKeys({
    QYB_FIELD_KEY: randomBytes(32).toString('base64'),
    QYB_INDEX_KEY: randomBytes(32).toString('base64'),
  });
  const deps: AccountDeps = {
    accounts: accountRepository(stores.accounts),
    bindings: bindingRepository(stores.bindings),
    sessions: sessionRepository(stores.sessions),
    attempts: loginAttemptsRepository(stores.attempts),
    inbox: inboxRepository(stores.messages),
    audit: auditRepository(stores.audit),
    fields: sensitiveFields(createFieldCipher(keys), keys.indexKey),
    face: new LocalFaceVerifierStandIn(),
    config: loadAccountConfig({ QYB_LOGIN_DELAY_MS: '0', ...env }),
    currentPolicies: async () => [CURRENT_POLICIES['user-agreement'], CURRENT_POLICIES['privacy-policy']],
    recordRegistrationConsent: async (refs, ctx) => {
      consents.push({ openid: ctx.openid, refs: refs.map((r) => `${r.id}@${r.version}`) });
    },
  };
  return { deps, stores, consents };
}

export function ctxFor(openid: string, now: Date): CallContext {
  return { openid, appid: 'wx0000000000000000', env: 'test', requestId: 'r', now };
}

export const CONSENT = [CURRENT_POLICIES['user-agreement'], CURRENT_POLICIES['privacy-policy']].map(
  ({ id, version, sha256 }) => ({
    id,
    version,
    sha256,
  }),
);

export function registration(overrides: Record<string, unknown> = {}) {
  return {
    accountName: 'chan_tai_man',
    password: 'Hengqin-2026',
    mobile: { countryCode: '+853', number: '66123456' },
    realName: '陈大文',
    document: { type: 'residence-permit', number: '820000200002290021' },
    consent: CONSENT,
    documentConsent: true,
    ...overrides,
  };
}

import { randomBytes } from 'node:crypto';
import { CURRENT_POLICIES } from '../../../../../policies/generated';
import { loadAccountConfig } from '../../../../../cloudfunctions/lib/account/account.config';
import type { AccountDeps } from '../../../../../cloudfunctions/lib/account/account.deps';
import { accountRepository, bindingRepository } from '../../../../../cloudfunctions/lib/account/account.repository';
import type { InboxRepository } from '../../../../../cloudfunctions/lib/account/inbox.repository';
import { auditRecorder } from '../../../../../cloudfunctions/lib/audit/audit-recorder';
import { chainSeal } from '../../../../../cloudfunctions/lib/chain/chain-seal';
import { memoryAuditStore } from '../audit/memory-audit-store';
import { memoryErasure } from '../erasure/memory-erasure';
import { loginAttemptsRepository } from '../../../../../cloudfunctions/lib/account/login-attempts.repository';
import { sensitiveFields } from '../../../../../cloudfunctions/lib/account/sensitive-fields';
import { sessionRepository } from '../../../../../cloudfunctions/lib/account/session.repository';
import { createFieldCipher } from '../../../../../cloudfunctions/lib/crypto/field-cipher';
import { loadCryptoKeys } from '../../../../../cloudfunctions/lib/crypto/keys';
import { LocalFaceVerifierStandIn } from '../../../../../cloudfunctions/lib/face/local-face-verifier-stand-in';
import type { CallContext } from '../../../../../cloudfunctions/lib/handler/call-context';
import type { Condition, DocumentStore, QueryStore } from '../../../../../cloudfunctions/lib/infra/query-store';
import { uniqueClaims, type ClaimRecord } from '../../../../../cloudfunctions/lib/account/unique-claims';
import type { SessionRecord } from '../../../../../cloudfunctions/lib/account/account.record';
import type { SessionStore } from '../../../../../cloudfunctions/lib/account/session.store';

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
      if (docs.has(doc._id)) throw new Error('E11000 duplicate key error: _id');
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

function matches(value: unknown, expected: unknown): boolean {
  if (typeof expected !== 'object' || expected === null || !('op' in expected)) return value === expected;
  const c = expected as Condition;
  if (c.op === 'in') return c.values.includes(value);
  if (c.op === 'neq') return value !== c.value;
  // Like the database: a range never matches null or a value of another type.
  if (typeof value !== typeof c.value) return false;
  const [a, b] = [value as string | number, c.value];
  return c.op === 'lt' ? a < b : c.op === 'lte' ? a <= b : c.op === 'gt' ? a > b : a >= b;
}

/** The unique-claims collection in memory: `_id` unique, conditional update and remove. */
export function memoryClaimStore(): QueryStore<ClaimRecord> {
  const docs = memoryStore<ClaimRecord>();
  const where = (w: Record<string, unknown>) =>
    docs
      .all()
      .filter((d) => Object.entries(w).every(([k, v]) => matches((d as unknown as Record<string, unknown>)[k], v)));
  return {
    get: docs.get,
    find: async (w, limit = 100) => where(w).slice(0, limit),
    page: async () => [],
    count: async (w) => where(w).length,
    insert: docs.insert,
    update: docs.update,
    remove: docs.remove,
    insertUnique: async (doc) => !docs.all().some((d) => d._id === doc._id) && (await docs.insert(doc), true),
    updateWhere: async (w, patch) => (await Promise.all(where(w).map((d) => docs.update(d._id, patch)))).length,
    removeWhere: async (w) => (await Promise.all(where(w).map((d) => docs.remove(d._id)))).length,
    put: docs.put,
  };
}

/** The sessions collection in memory, with the ordered pages and where-updates of the cloud one. */
export function memorySessionStore(): SessionStore & { all(): SessionRecord[] } {
  const docs = memoryStore<SessionRecord>();
  const where = (w: Record<string, unknown>) =>
    docs
      .all()
      .filter((d) => Object.entries(w).every(([k, v]) => matches((d as unknown as Record<string, unknown>)[k], v)));
  return {
    all: docs.all,
    insert: docs.insert,
    remove: docs.remove,
    page: async ({ where: w, orderBy, direction, limit }) =>
      where(w)
        .sort(
          (a, b) =>
            (a[orderBy] === b[orderBy] ? 0 : (a[orderBy] ?? 0) < (b[orderBy] ?? 0) ? -1 : 1) *
            (direction === 'asc' ? 1 : -1),
        )
        .slice(0, limit),
    updateWhere: async (w, patch) => {
      const hits = where(w);
      await Promise.all(hits.map((d) => docs.update(d._id, patch)));
      return hits.length;
    },
  };
}

/** A DocumentStore in memory that also takes conditional updates (the accounts collection's). */
export function memoryConditionalStore<T extends { _id: string }>(): DocumentStore<T> &
  Pick<QueryStore<T>, 'updateWhere'> & { all(): T[] } {
  const docs = memoryStore<T>();
  return {
    ...docs,
    // Check and write in one turn of the event loop, as the database applies one update atomically.
    updateWhere: async (w, patch) => {
      const hits = docs
        .all()
        .filter((d) => Object.entries(w).every(([k, v]) => matches((d as unknown as Record<string, unknown>)[k], v)));
      for (const d of hits) void docs.update(d._id, patch);
      return hits.length;
    },
  };
}

/** The inbox as the unit tests read it: what the notifier would have written to `messages`. */
function memoryInbox(
  store: DocumentStore<import('../../../../../cloudfunctions/lib/account/account.record').InboxMessageRecord>,
): InboxRepository {
  let n = 0;
  return {
    notify: (accountId, kind, { title, body, text }, now) =>
      store.insert({ _id: `m${++n}`, accountId, kind, title, body, text, createdAt: now, readAt: null }),
  };
}

export function memoryDeps(env: Record<string, string> = {}) {
  const stores = {
    accounts: memoryConditionalStore<Parameters<ReturnType<typeof accountRepository>['insert']>[0]>(),
    bindings: memoryStore<Parameters<ReturnType<typeof bindingRepository>['put']>[0]>(),
    sessions: memorySessionStore(),
    attempts: memoryStore<import('../../../../../cloudfunctions/lib/account/account.record').LoginAttemptRecord>(),
    messages: memoryStore<import('../../../../../cloudfunctions/lib/account/account.record').InboxMessageRecord>(),
    audit: memoryAuditStore(),
  };
  const consents: { openid: string; refs: string[] }[] = [];
  const keys = loadCryptoKeys({
    QYB_FIELD_KEY: randomBytes(32).toString('base64'),
    QYB_INDEX_KEY: randomBytes(32).toString('base64'),
  });
  const audit = auditRecorder(stores.audit.store, chainSeal(randomBytes(32)));
  const erasure = memoryErasure(audit, { sessions: stores.sessions, messages: stores.messages });
  const deps: AccountDeps = {
    accounts: accountRepository(stores.accounts),
    bindings: bindingRepository(stores.bindings),
    claims: uniqueClaims(memoryClaimStore()),
    sessions: sessionRepository(stores.sessions),
    // The older unit stories grant roles without an authenticator; the factor's own tests ask for `required`.
    staffFactor: env.QYB_STAFF_FACTOR === 'required' ? 'required' : 'when-enrolled',
    attempts: loginAttemptsRepository(stores.attempts),
    inbox: memoryInbox(stores.messages),
    audit,
    erasure,
    fields: sensitiveFields(createFieldCipher(keys), keys.indexKey),
    face: new LocalFaceVerifierStandIn(),
    config: loadAccountConfig({ QYB_LOGIN_DELAY_MS: '0', ...env }),
    currentPolicies: async () => [CURRENT_POLICIES['user-agreement'], CURRENT_POLICIES['privacy-policy']],
    recordRegistrationConsent: async (refs, ctx) => {
      consents.push({ openid: ctx.openid, refs: refs.map((r) => `${r.id}@${r.version}`) });
    },
  };
  return { deps, stores, consents, erasure };
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

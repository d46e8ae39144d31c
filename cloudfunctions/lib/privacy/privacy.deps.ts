import type { AccountRepository, BindingRepository } from '../account/account.repository';
import { accountRepository, bindingRepository } from '../account/account.repository';
import type { GuardDeps } from '../account/account-guard';
import type { AuditRecorder } from '../audit/audit-recorder';
import { createAuditRecorder } from '../audit/create-audit-recorder';
import type { AuditStore } from '../audit/audit-store';
import { cloudAuditStore } from '../audit/cloud-audit.store';
import { chainSeal, type ChainSeal } from '../chain/chain-seal';
import { sensitiveFields, type SensitiveFields } from '../account/sensitive-fields';
import { sessionRepository } from '../account/session.repository';
import { sessionStore } from '../account/session.store';
import { workingCalendar, type WorkingCalendar } from '../calendar/working-days';
import type { ContentSafety } from '../content-safety/content-safety';
import { createContentSafety } from '../content-safety/create-content-safety';
import { cloudConsentRepository } from '../consent/cloud-consent.repository';
import type { ConsentRepository } from '../consent/consent.repository';
import { createErasureDeps } from '../erasure/create-erasure-deps';
import type { ErasureDeps } from '../erasure/erasure.deps';
import { createFieldCipher, type FieldCipher } from '../crypto/field-cipher';
import { loadAuditKey, loadCryptoKeys } from '../crypto/keys';
import { COLLECTIONS, type CollectionName } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import { uniqueClaims, type UniqueClaims } from '../account/unique-claims';
import { loadAccountConfig, type AccountConfig } from '../account/account.config';
import { loginAttemptsRepository, type LoginAttemptsRepository } from '../account/login-attempts.repository';
import { createNotifier } from '../notify/create-notifier';
import type { Notifier } from '../notify/notifier';
import { privacyRequestRepository, type PrivacyRequestRepository } from './privacy-request.repository';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';

/** How many of a person's records other collections hold (the copy lists counts, not contents). */
export type CountOf = (collection: CollectionName, where: Record<string, unknown>) => Promise<number>;

export interface PrivacyDeps extends GuardDeps {
  /** The audit chain itself, read for verification and for the person's copy (who on staff read it). */
  auditTrail: { store: AuditStore; seal: ChainSeal };
  accounts: AccountRepository;
  bindings: BindingRepository;
  claims: UniqueClaims;
  /** The password counters shared with sign-in (account/password-attempts.ts). */
  attempts: LoginAttemptsRepository;
  throttle: AccountConfig['throttle'];
  requests: PrivacyRequestRepository;
  audit: AuditRecorder;
  fields: SensitiveFields;
  /** Seals a correction's proposed values, bound to the request id. */
  cipher: FieldCipher;
  consents: ConsentRepository;
  notifier: Notifier;
  calendar: WorkingCalendar;
  count: CountOf;
  /** Approved deletions erase through the one eraser every erasure path uses. */
  erasure: ErasureDeps;
  safety: ContentSafety;
}

/** Wires the privacy use cases to the cloud database and the keys; throws at load if a key is missing. */
export function createPrivacyDeps(env: Record<string, string | undefined> = process.env): PrivacyDeps {
  const keys = loadCryptoKeys(env);
  const cipher = createFieldCipher(keys);
  const auditTrail = { store: cloudAuditStore(), seal: chainSeal(loadAuditKey(env)) };
  const audit = createAuditRecorder(env, auditTrail.store);
  return {
    accounts: accountRepository(queryStore(COLLECTIONS.accounts)),
    bindings: bindingRepository(queryStore(COLLECTIONS.wechatBindings)),
    claims: uniqueClaims(queryStore(COLLECTIONS.uniqueClaims)),
    attempts: loginAttemptsRepository(queryStore(COLLECTIONS.loginAttempts)),
    throttle: loadAccountConfig(env).throttle,
    sessions: sessionRepository(sessionStore()),
    staffFactor: loadStaffFactorMode(env),
    requests: privacyRequestRepository(queryStore(COLLECTIONS.privacyRequests)),
    audit,
    erasure: createErasureDeps(audit),
    auditTrail,
    fields: sensitiveFields(cipher, keys.indexKey),
    cipher,
    consents: cloudConsentRepository(),
    notifier: createNotifier(),
    calendar: workingCalendar(),
    safety: createContentSafety(env),
    count: (collection, where) => queryStore<{ _id: string }>(collection).count(where),
  };
}

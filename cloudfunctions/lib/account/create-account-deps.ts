import { cloudConsentRepository } from '../consent/cloud-consent.repository';
import type { ConsentDeps } from '../consent/consent.deps';
import { recordConsent } from '../consent/record-consent';
import { recordSensitiveConsent } from '../consent/record-sensitive-consent';
import { createFieldCipher } from '../crypto/field-cipher';
import { loadCryptoKeys, loadLedgerKey } from '../crypto/keys';
import { ledgerSeal } from '../consent/ledger-seal';
import type { FaceVerifier } from '../face/face-verifier';
import { LocalFaceVerifierStandIn } from '../face/local-face-verifier-stand-in';
import { WechatFaceVerifier } from '../face/wechat-face-verifier';
import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import { wechatFaceApi } from '../infra/wechat-face-api';
import { cloudCatalog } from '../policy/load-catalog';
import { publicationRepository } from '../policy/publication.repository';
import { loadAccountConfig } from './account.config';
import type { AccountDeps } from './account.deps';
import { accountRepository, bindingRepository } from './account.repository';
import { createAuditRecorder } from '../audit/create-audit-recorder';
import { createErasureDeps } from '../erasure/create-erasure-deps';
import { notifierInbox } from './inbox.repository';
import { createNotifier } from '../notify/create-notifier';
import { loginAttemptsRepository } from './login-attempts.repository';
import { sensitiveFields } from './sensitive-fields';
import { sessionRepository } from './session.repository';
import { sessionStore } from './session.store';
import { uniqueClaims } from './unique-claims';
import { loadStaffFactorMode } from '../staff-factor/staff-factor.config';

/** Wires the account use cases to the cloud database and the environment; throws at load if a key is missing. */
export function createAccountDeps(env: Record<string, string | undefined> = process.env): AccountDeps {
  const keys = loadCryptoKeys(env);
  const config = loadAccountConfig(env);
  const face: FaceVerifier =
    config.faceVerifier === 'local-stand-in'
      ? new LocalFaceVerifierStandIn()
      : new WechatFaceVerifier(wechatFaceApi(env));
  const catalog = cloudCatalog(publicationRepository());
  const audit = createAuditRecorder(env);
  const consent: ConsentDeps = { repository: cloudConsentRepository(), catalog, seal: ledgerSeal(loadLedgerKey(env)) };
  return {
    accounts: accountRepository(queryStore(COLLECTIONS.accounts)),
    bindings: bindingRepository(queryStore(COLLECTIONS.wechatBindings)),
    claims: uniqueClaims(queryStore(COLLECTIONS.uniqueClaims)),
    sessions: sessionRepository(sessionStore()),
    staffFactor: loadStaffFactorMode(env),
    attempts: loginAttemptsRepository(queryStore(COLLECTIONS.loginAttempts)),
    inbox: notifierInbox(createNotifier(env)),
    audit,
    erasure: createErasureDeps(audit),
    fields: sensitiveFields(createFieldCipher(keys), keys.indexKey),
    face,
    config,
    async currentPolicies(now) {
      const inForce = await catalog(now);
      return (['user-agreement', 'privacy-policy'] as const).flatMap((id) => inForce.current(id) ?? []);
    },
    async recordRegistrationConsent(refs, ctx) {
      await recordConsent(consent, { documents: refs, purposes: ['basic-service'], channel: 'feature' }, ctx);
      const policy = refs.find((ref) => ref.id === 'privacy-policy');
      await recordSensitiveConsent(consent, { purpose: 'id-number', policy, channel: 'feature' }, ctx);
    },
  };
}

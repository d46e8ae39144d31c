import type { ConsentRef } from '../contract/account';
import type { FaceVerifier } from '../face/face-verifier';
import type { CallContext } from '../handler/call-context';
import type { AccountConfig } from './account.config';
import type { BindingRepository } from './account.repository';
import type { GuardDeps } from './account-guard';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { ErasureDeps } from '../erasure/erasure.deps';
import type { InboxRepository } from './inbox.repository';
import type { LoginAttemptsRepository } from './login-attempts.repository';
import type { SensitiveFields } from './sensitive-fields';
import type { UniqueClaims } from './unique-claims';

export interface PolicyRef {
  id: string;
  version: string;
  sha256: string;
}

/** Everything the account use cases reach outside themselves, given once by the function. */
export interface AccountDeps extends GuardDeps {
  bindings: BindingRepository;
  claims: UniqueClaims;
  attempts: LoginAttemptsRepository;
  inbox: InboxRepository;
  audit: AuditRecorder;
  /** Closing an account erases through the one eraser every erasure path uses. */
  erasure: ErasureDeps;
  fields: SensitiveFields;
  face: FaceVerifier;
  config: AccountConfig;
  /** The agreement and privacy policy in force now (published in the cloud, else the build's). */
  currentPolicies: (now: Date) => Promise<readonly PolicyRef[]>;
  /**
   * Writes the registration's consent to the consent ledger: the agreement and policy, and the
   * separate consent to the identity document number.
   */
  recordRegistrationConsent: (refs: readonly ConsentRef[], ctx: CallContext) => Promise<void>;
}

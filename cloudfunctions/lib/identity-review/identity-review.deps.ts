import type { GuardDeps } from '../account/account-guard';
import type { InboxRepository } from '../account/inbox.repository';
import type { SensitiveFields } from '../account/sensitive-fields';
import type { UniqueClaims } from '../account/unique-claims';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { ErasureDeps } from '../erasure/erasure.deps';
import type { FilesDeps } from '../files/files.deps';
import type { IdentityReviewRepository } from './identity-review.repository';

/** What the staff real-name check reaches: reviews, uploads (lib/files), the eraser, audit, inbox. */
export interface IdentityReviewDeps extends GuardDeps {
  reviews: IdentityReviewRepository;
  files: FilesDeps;
  erasure: ErasureDeps;
  audit: AuditRecorder;
  inbox: InboxRepository;
  fields: SensitiveFields;
  /** An approved claimant takes their document over (account/document-claim.ts). */
  claims: UniqueClaims;
}

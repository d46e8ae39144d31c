import type { GuardDeps } from '../account/account-guard';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { ProposalRepository } from '../proposals/proposal.repository';
import type { TextSafety } from '../content-safety/content-safety';
import type { AnnouncementRepository } from './announcement.repository';
import type { AudienceSources } from './audience';
import type { DeliveryDeps } from './deliver-notice';
import type { MessageRepository } from './message.repository';
import type { PreferenceRepository } from './preference.repository';
import type { PushJobRepository } from './push-job.repository';
import type { PushRecipientRepository } from './push-recipient.repository';

/** Everything the notify use cases reach outside themselves (wired in create-notify-deps). */
export interface NotifyDeps {
  guard: GuardDeps;
  audit: AuditRecorder;
  /** The channels, and the grants and inbox they write. */
  delivery: DeliveryDeps;
  messages: MessageRepository;
  preferences: PreferenceRepository;
  jobs: PushJobRepository;
  /** Pushes to everyone wait here for a second admin (two-person rule). */
  proposals: ProposalRepository;
  recipients: PushRecipientRepository;
  sources: AudienceSources;
  announcements: AnnouncementRepository;
  /** Staff push and announcement text, checked by WeChat before a job exists (agreement §5.6). */
  safety: TextSafety;
  /** Milliseconds now, read while a job runs (its budget and claim times move on within one call). */
  clock: () => number;
  /** A claim older than this, left by a runner that stopped, may be taken over. */
  staleClaimMs: number;
  /** How long one runPushJob call works before it returns progress (under the function's timeout). */
  runBudgetMs: number;
}

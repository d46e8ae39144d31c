import type { GuardDeps } from '../account/account-guard';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { ContentSafety } from '../content-safety/content-safety';
import type { FeedbackInbox } from '../feedback/feedback-inbox';
import type { FeedbackLimits } from '../feedback/feedback-limit.repository';
import type { FilesDeps } from '../files/files.deps';
import type { MessageRepository } from '../notify/message.repository';
import type { FieldCipher } from '../crypto/field-cipher';
import type { ReportRepository } from './report.repository';

/** What the reports use cases need; the feedback function builds it from its own deps. */
export interface ReportsDeps extends GuardDeps {
  reports: ReportRepository;
  safety: ContentSafety;
  /** The inbox as a port: the reporter told the outcome, the reported account warned. */
  inbox: FeedbackInbox;
  /** Inbox messages themselves (notify's repository): a reported message is checked and removed here. */
  messages: Pick<MessageRepository, 'owned' | 'remove'>;
  files: FilesDeps;
  audit: AuditRecorder;
  /** Reports count against the feedback limit of the caller's WeChat identity (per Beijing day). */
  limits: FeedbackLimits;
  /** Seals a guest reporter's contact at rest; staff open it (audited). */
  cipher: FieldCipher;
}

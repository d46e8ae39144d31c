import type { GuardDeps } from '../account/account-guard';
import { createGuardDeps } from '../account/create-guard-deps';
import type { AuditRecorder } from '../audit/audit-recorder';
import { createAuditRecorder } from '../audit/create-audit-recorder';
import { workingCalendar, type WorkingCalendar } from '../calendar/working-days';
import type { ContentSafety } from '../content-safety/content-safety';
import { createContentSafety } from '../content-safety/create-content-safety';
import { createFieldCipher } from '../crypto/field-cipher';
import { loadCryptoKeys } from '../crypto/keys';
import { createFilesDeps, type FilesDeps } from '../files/create-files-deps';
import { COLLECTIONS } from '../infra/collections';
import { cloudInbox } from '../notify/cloud-inbox';
import { queryStore, type DocumentStore } from '../infra/query-store';
import { reportRepository } from '../reports/report.repository';
import type { ReportsDeps } from '../reports/reports.deps';
import { feedbackInbox, type FeedbackInbox } from './feedback-inbox';
import { feedbackLimits, type FeedbackLimits } from './feedback-limit.repository';
import { feedbackQueueRepository, type FeedbackQueueRepository } from './feedback-queue.repository';
import type { MediaCheckRecord } from './media-check.record';
import { feedbackRepository, type FeedbackRepository } from './feedback.repository';

/** Reports (lib/reports) share this function and its deps. */
export interface FeedbackDeps extends GuardDeps, ReportsDeps {
  feedback: FeedbackRepository;
  queue: FeedbackQueueRepository;
  files: FilesDeps;
  safety: ContentSafety;
  limits: FeedbackLimits;
  inbox: FeedbackInbox;
  cipher: ReturnType<typeof createFieldCipher>;
  calendar: WorkingCalendar;
  mediaChecks: DocumentStore<MediaCheckRecord>;
  /** Staff revealing a guest's contact is audited like every other staff read. */
  audit: AuditRecorder;
}

export function createFeedbackDeps(env: Record<string, string | undefined> = process.env): FeedbackDeps {
  const inbox = cloudInbox();
  return {
    ...createGuardDeps(),
    feedback: feedbackRepository(queryStore(COLLECTIONS.feedback)),
    queue: feedbackQueueRepository(queryStore(COLLECTIONS.feedback)),
    files: createFilesDeps(),
    safety: createContentSafety(env),
    limits: feedbackLimits(queryStore(COLLECTIONS.feedbackLimits)),
    inbox: feedbackInbox(inbox),
    cipher: createFieldCipher(loadCryptoKeys(env)),
    calendar: workingCalendar(),
    mediaChecks: queryStore(COLLECTIONS.mediaChecks),
    audit: createAuditRecorder(env),
    messages: inbox,
    reports: reportRepository(queryStore(COLLECTIONS.reports)),
  };
}

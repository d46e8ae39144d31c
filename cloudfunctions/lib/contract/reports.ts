/**
 * Reports (举报, user agreement §5.9): a person reports an account, a message in their inbox or an
 * uploaded piece of content; staff decide and the reporter is told the outcome.
 */
export const REPORT_KINDS = ['account', 'message', 'content'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The short list a reporter picks from; `compromised` is "this account is not its owner's any more". */
export const REPORT_REASONS = ['illegal', 'fraud', 'harassment', 'privacy', 'compromised', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** `freeze`: only for a stolen account (reason `compromised`): every session ends, nobody signs in until unfrozen. */
export const REPORT_OUTCOMES = ['dismiss', 'warn', 'remove', 'restrict', 'freeze'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

export type ReportStatus = 'open' | 'decided';

export const REPORT_TEXT_MAX = 500;
export const REPORT_TARGET_MAX = 64;
export const REPORT_NOTE_MAX = 200;
export const REPORT_CONTACT_MAX = 64;

export interface FileReportInput {
  kind: ReportKind;
  /** The account name, the inbox message id, or the upload id of the content. */
  target: string;
  reason: ReportReason;
  text?: string;
  /** How staff reach a reporter without an account (a stolen account's owner): required from a guest reporting `compromised`. */
  contact?: string;
}

export interface DecideReportInput {
  id: string;
  outcome: ReportOutcome;
  /** Why: shown to the reported account (warn, restrict) and kept in the audit trail. */
  note: string;
}

export interface ReportQueueItem {
  id: string;
  kind: ReportKind;
  target: string;
  reason: ReportReason;
  text: string | null;
  /** A compromised account reported from another identity: first in the queue. */
  flagged: boolean;
  /** A guest reporter's contact, opened for staff (audited); null when none was given. */
  contact: string | null;
  /** ISO time. */
  createdAt: string;
  /** Which outcomes fit this report (remove only content or messages; warn/restrict only an owner). */
  outcomes: ReportOutcome[];
}

export interface ReportQueueOutput {
  items: ReportQueueItem[];
}

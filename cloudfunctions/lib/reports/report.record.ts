import type { Sealed } from '../crypto/field-cipher';
import type { ReportKind, ReportOutcome, ReportReason, ReportStatus } from '../contract/reports';

export interface ReportDecision {
  outcome: ReportOutcome;
  note: string;
  by: string;
  at: number;
}

/** One report as stored in `reports`. */
export interface ReportRecord {
  _id: string;
  /** The reporter's account; null for a guest (no account, or not signed in), who is not told the outcome. */
  reporterId: string | null;
  kind: ReportKind;
  /** What the reporter named: account name, message id or upload id. */
  target: string;
  /** The account behind the target (the reported account, or the content's owner); null for a service message. */
  targetAccountId: string | null;
  reason: ReportReason;
  text: string | null;
  /** A guest reporter's contact, sealed (`report.contact:<id>`), or null. */
  contact?: Sealed | null;
  flagged: boolean;
  status: ReportStatus;
  /** The queue's order: flagged first (`0-`), then oldest first (zero-padded creation time). */
  sortKey: string;
  createdAt: number;
  decision: ReportDecision | null;
}

export function reportSortKey(flagged: boolean, createdAt: number): string {
  return `${flagged ? 0 : 1}-${String(createdAt).padStart(15, '0')}`;
}

// What the audit trail shows: to admins (verify) and to the person (who on staff read their data).

/** One staff read of a person's information: when, by whom (masked account id), which audited action. */
export interface StaffRead {
  at: string;
  staff: string;
  action: string;
}

/** What `verifyAudit` answers (admin): the audit chain checked end to end with the server's seal. */
export interface VerifyAuditOutput {
  intact: boolean;
  length: number;
  /** The lowest seq edited, removed or not sealed by the server; null when intact. */
  firstBrokenSeq: number | null;
  problems: { seq: number; kind: string }[];
}

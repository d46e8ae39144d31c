// What the audit trail shows: to admins (verify) and to the person (who on staff read their data).
import * as v from 'valibot';

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

/** An account name as people type it (the admin filters by name; ids never reach the screen). */
const NameFilter = v.optional(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(1), v.maxLength(64)));

/** What an admin filters the audit trail by; `before` is the cursor (the last seq of the previous page). */
export const AuditQuerySchema = v.optional(
  v.strictObject({
    actor: NameFilter,
    subject: NameFilter,
    action: v.optional(v.pipe(v.string(), v.regex(/^[a-z-]+\.[a-z-]+$/))),
    from: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    to: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    before: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
  {},
);
export type AuditQuery = v.InferOutput<typeof AuditQuerySchema>;

/** One audit entry as the admin screen shows it: masked people, the action's key (named by the catalog). */
export interface AuditRow {
  seq: number;
  at: string;
  /** A masked account id, or `anonymous` / `system` / `console`. */
  actor: string;
  action: string;
  /** The masked account id of the person whose information was touched, when there is one. */
  subject: string | null;
  /** True when the actor tripped an anomaly rule in the hour of this entry. */
  flagged: boolean;
}

/** An anomaly raised once per actor, rule and hour (e.g. too many people's data revealed). */
export interface AuditAlertView {
  rule: string;
  actor: string;
  windowStart: string;
  count: number;
  limit: number;
}

/** What `auditLog` answers (admin): one page newest first, the cursor for the next, recent alerts. */
export interface AuditPage {
  rows: AuditRow[];
  nextCursor: number | null;
  alerts: AuditAlertView[];
}

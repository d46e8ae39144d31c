/** One audited event: who did what to whom, when. Everything here is covered by the entry's hash. */
export interface AuditEvent {
  /** Server time (the function's clock), epoch milliseconds. */
  at: number;
  /**
   * An account id, `caller-<digest>` (a failed or refused sign-in: the WeChat identity, digested by
   * caller-digest.ts), `anonymous` (no identity at all) or `system` (timers).
   */
  actor: string;
  /** `<context>.<what>`, e.g. `account.sign-in`, `privacy.request-revealed`. */
  action: string;
  /** The account, request or document acted on. */
  target: string;
  /** The person (account id) whose information a staff member read, when the target is their request. */
  subject?: string;
  details: Record<string, string | number | boolean | null>;
}

/** One link of the audit chain: `hash = sha256(canonical(event, seq, prevHash))`, sealed by the server. */
export interface AuditEntry extends AuditEvent {
  _id: string;
  seq: number;
  prevHash: string;
  hash: string;
  /** HMAC of `hash` with the audit key (crypto/keys.ts `loadAuditKey`); outside what the hash covers. */
  seal: string;
}

/** The end of the one audit chain (`audit_heads`, a single document), sealed like the entries. */
export interface AuditHead {
  seq: number;
  hash: string;
  updatedAt: number;
  seal: string;
}

/** The id of the single head document: one chain for the whole service, so nothing sits outside it. */
export const AUDIT_HEAD_ID = 'audit-trail';

/** Entry ids follow the sequence: two writers that both took seq n collide on the id, never fork. */
export function auditEntryId(seq: number): string {
  return `audit-${String(seq).padStart(12, '0')}`;
}

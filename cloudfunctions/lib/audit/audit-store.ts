import type { AuditEntry, AuditHead } from './audit-entry';

/** Thrown by `append` when another writer moved the head first: the recorder links again. */
export class AuditHeadMoved extends Error {
  constructor() {
    super('audit head moved');
  }
}

/** Where the audit chain lives: entries (`audit_log`) and the one head (`audit_heads`). */
export interface AuditStore {
  /**
   * Appends one entry and moves the head, atomically. `link` receives the head read inside the same
   * transaction; a concurrent writer that got there first makes this throw `AuditHeadMoved`.
   */
  append(link: (head: AuditHead | null) => { entry: AuditEntry; head: AuditHead }): Promise<AuditEntry>;
  readHead(): Promise<AuditHead | null>;
  /** The whole chain, oldest first. */
  readChain(): Promise<AuditEntry[]>;
  /** Entries about one person (their account id as `subject`), newest first. */
  readAboutSubject(subject: string, limit: number): Promise<AuditEntry[]>;
}

import type { ChainSeal } from '../chain/chain-seal';
import { AppError } from '../errors/app-error';
import type { AuditEvent } from './audit-entry';
import { AuditHeadMoved, type AuditStore } from './audit-store';
import { linkAuditEntry } from './link-audit-entry';

/** What every context writes audit events through: one chain, one seal, no other way into `audit_log`. */
export interface AuditRecorder {
  record(event: AuditEvent): Promise<void>;
}

/**
 * One chain for the whole service means every audited write contends for its head. A writer that
 * lost the race links again against the new head after a short random pause (so losers do not
 * collide again in step), this many times in all.
 */
const ATTEMPTS = 12;
const PAUSE_MS = 40;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs after an entry is in the chain (the anomaly watch): never before, so nothing is counted that was not sealed. */
export type AfterAppend = (event: AuditEvent) => Promise<void>;

export function auditRecorder(store: AuditStore, seal: ChainSeal, afterAppend?: AfterAppend): AuditRecorder {
  return {
    async record(event) {
      for (let attempt = 1; ; attempt++) {
        try {
          await store.append((head) => linkAuditEntry(head, event, seal));
          await afterAppend?.(event);
          return;
        } catch (error) {
          if (!(error instanceof AuditHeadMoved)) throw error;
          if (attempt >= ATTEMPTS) throw new AppError('AUDIT.BUSY');
          await pause(Math.random() * PAUSE_MS * attempt);
        }
      }
    },
  };
}

import type { SessionRepository } from '../account/session.repository';
import { AppError } from '../errors/app-error';
import type { GuardFinding } from '../handler/call-context';
import type { Action } from '../handler/create-handler';
import type { AuditRecorder } from './audit-recorder';
import { auditSubjectOf } from './audit-subject';
import { writesOwnAuditEntry } from './own-audit-entries';

export interface StaffActionAuditDeps {
  audit: AuditRecorder;
  /** Who the caller is signed in as, for a call refused before the account guard ran (its input, its consent). */
  sessions: Pick<SessionRepository, 'activeFor'>;
}

/** The generic entry's action: its own `staff` context, so it never reads as a specific entry of the same name. */
export const staffActionName = (fn: string, action: string): string => `staff.${fn}.${action}`;

/**
 * Every staff action leaves a link in the audit chain (policy §6.3.1(3)(4): staff reads,
 * decisions and changes are audited), reads included. One generic entry — actor, `staff.<fn>.<action>`,
 * what the event names, outcome — unless the use case writes its own specific entry on success
 * (own-audit-entries.ts), so nothing is recorded twice. A refused or failed attempt is recorded
 * too: an attempt to reach other people's data is itself worth reading. A caller with no session
 * reached nothing (ACCOUNT.NOT_SIGNED_IN) and names nobody, so leaves no entry.
 * The actor is the account the account guard found (`ctx.signedIn`); only a call refused before
 * the guard ran looks its session up here.
 * The entry is written before the answer leaves: a read is not returned unaudited.
 */
export function auditedStaffAction(fn: string, name: string, run: Action, deps: StaffActionAuditDeps): Action {
  return async (input, ctx) => {
    const signedIn: GuardFinding = {};
    let outcome = 'OK';
    try {
      const result = await run(input, { ...ctx, signedIn });
      if (!writesOwnAuditEntry(fn, name)) await record(outcome);
      return result;
    } catch (error) {
      outcome = error instanceof AppError ? error.code : 'INTERNAL';
      await record(outcome);
      throw error;
    }

    async function actor(): Promise<string | undefined> {
      if (signedIn.checked) return signedIn.accountId;
      return (await deps.sessions.activeFor(ctx.openid, ctx.now.getTime()))?.accountId;
    }

    async function record(result: string): Promise<void> {
      const accountId = await actor();
      if (!accountId) return;
      const { target, subject } = auditSubjectOf(input);
      await deps.audit.record({
        at: ctx.now.getTime(),
        actor: accountId,
        action: staffActionName(fn, name),
        target: target ?? fn,
        ...(subject ? { subject } : {}),
        details: { outcome: result, staffAction: true },
      });
    }
  };
}

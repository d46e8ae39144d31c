import { sessionRepository } from '../account/session.repository';
import { sessionStore } from '../account/session.store';
import type { AuditRecorder } from './audit-recorder';
import { createAuditRecorder } from './create-audit-recorder';
import type { StaffActionAuditDeps } from './staff-action-audit';

/**
 * The cloud deps of the generic staff entry. The recorder is made on first use: a function with no
 * staff action (consent) never needs the audit key, and one with staff actions still refuses to
 * record without it (createAuditRecorder throws), so no staff action answers unaudited.
 */
export function createStaffActionAuditDeps(
  env: Record<string, string | undefined> = process.env,
): StaffActionAuditDeps {
  let recorder: AuditRecorder | undefined;
  return {
    audit: { record: (event) => (recorder ??= createAuditRecorder(env)).record(event) },
    sessions: sessionRepository(sessionStore()),
  };
}

import type { StaffRead } from '../contract/audit';
import type { AuditStore } from './audit-store';

/** The audited actions in which a staff member read a person's information (or revealed it in full). */
export const STAFF_READ_ACTIONS: readonly string[] = [
  'account.staff-viewed',
  'request.viewed',
  'privacy.request-viewed',
  'privacy.request-revealed',
];

/** The most recent reads a person's copy lists. */
const LIMIT = 200;

/** A staff member's account id, masked: enough to name them to the bureau in a complaint, not to look them up. */
export function maskStaffId(id: string): string {
  return id.length <= 8 ? '****' : `${id.slice(0, 4)}****${id.slice(-4)}`;
}

/**
 * Who on staff read this person's information and when, newest first, from the audit chain itself
 * (policy §6.3.1(4), PIPL art. 45: the person's copy says who processed it).
 */
export async function staffReadsOf(store: AuditStore, accountId: string): Promise<StaffRead[]> {
  const entries = await store.readAboutSubject(accountId, LIMIT);
  return entries
    .filter((entry) => STAFF_READ_ACTIONS.includes(entry.action) && entry.actor !== accountId)
    .map((entry) => ({ at: new Date(entry.at).toISOString(), staff: maskStaffId(entry.actor), action: entry.action }));
}

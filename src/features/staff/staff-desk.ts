import type { Role } from '../../../cloudfunctions/lib/contract/account';
import { ROUTES, type Route } from '../../platform/navigation';

export type DeskEntryId =
  | 'queue'
  | 'grants'
  | 'identityReviews'
  | 'push'
  | 'accounts'
  | 'privacyRequests'
  | 'audit'
  | 'feedback'
  | 'reports'
  | 'oidcClients';

export interface DeskEntry {
  id: DeskEntryId;
  route: Route;
  /** The roles whose holders the screen serves; the cloud function checks them again on every call. */
  roles: readonly Role[];
}

/** Every staff screen, written once: the desk lists the ones the signed-in account's roles open. */
export const DESK_ENTRIES: readonly DeskEntry[] = [
  { id: 'queue', route: ROUTES.staffQueue, roles: ['staff', 'reviewer', 'admin'] },
  { id: 'grants', route: ROUTES.staffGrants, roles: ['reviewer', 'admin'] },
  { id: 'identityReviews', route: ROUTES.staffIdentityReviews, roles: ['reviewer', 'admin'] },
  { id: 'push', route: ROUTES.staffPush, roles: ['pusher', 'admin'] },
  { id: 'accounts', route: ROUTES.staffAccounts, roles: ['staff', 'admin'] },
  { id: 'privacyRequests', route: ROUTES.staffPrivacyRequests, roles: ['staff', 'admin'] },
  { id: 'audit', route: ROUTES.staffAudit, roles: ['admin'] },
  { id: 'feedback', route: ROUTES.staffFeedback, roles: ['staff', 'admin'] },
  { id: 'reports', route: ROUTES.staffReports, roles: ['staff', 'admin'] },
  { id: 'oidcClients', route: ROUTES.staffOidcClients, roles: ['admin'] },
];

export function deskEntriesFor(roles: readonly Role[]): DeskEntry[] {
  return DESK_ENTRIES.filter((entry) => entry.roles.some((role) => roles.includes(role)));
}

import type { ActionOf, FunctionName } from '../contract/functions';

/**
 * Staff actions whose use case writes its own, more specific audit entry on every success
 * (e.g. `privacy.request-revealed`, `request.viewed`): the generic staff entry
 * (staff-action-audit.ts) is left out for them on success, so each success is one link, not two.
 * Only unconditional writers belong here: an action that records only when there is something to
 * record (feedback.queue per revealed contact, notify.resumePushJobs per job,
 * account.closeDueCancellations per closed account) gets the generic entry every time.
 * `oidc.clientDisable` on an already-disabled service changes nothing and records nothing.
 */
export const OWN_AUDIT_ENTRIES: { [F in FunctionName]?: readonly ActionOf<F>[] } = {
  policy: ['publish'],
  account: ['setStatus', 'setRoles', 'staffFind'],
  files: ['purgeExpired'],
  requests: [
    'staffDetail',
    'assign',
    'accept',
    'requestSupplement',
    'approve',
    'reject',
    'deliver',
    'close',
    'grantDetail',
    'decideGrant',
    'updateMatter',
  ],
  oidc: ['clientAdd', 'clientDisable', 'clientSetLogo'],
  feedback: ['decideReport'],
  notify: ['createPushJob', 'runPushJob', 'publishAnnouncement'],
  privacy: ['queue', 'detail', 'reveal', 'decide', 'verifyAudit', 'auditLog'],
};

export function writesOwnAuditEntry(fn: string, action: string): boolean {
  const own: readonly string[] | undefined = OWN_AUDIT_ENTRIES[fn as FunctionName];
  return own?.includes(action) ?? false;
}

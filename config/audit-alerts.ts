/**
 * When the audit trail alerts the admins (policy §6.3.1(3)(4): staff access is logged and watched).
 * Each rule counts the distinct people one actor touched through the listed actions within one
 * clock hour (UTC hours: Beijing is a whole hour ahead, so the windows are the same hours there);
 * one more than `limit` raises one alert for that actor and hour, written into every admin's inbox.
 */
export interface AuditAlertRule {
  id: 'reveals' | 'reads' | 'exports' | 'sign-in-failures';
  /** The audited actions the rule counts. */
  actions: readonly string[];
  /** The most distinct people (the entry's subject, else its target) one actor may touch in the hour. */
  limit: number;
}

export const AUDIT_ALERT_WINDOW_MS = 3_600_000;

export const AUDIT_ALERT_RULES: readonly AuditAlertRule[] = [
  // Full identity numbers shown on demand: rare in a day's work at the desk.
  { id: 'reveals', actions: ['privacy.request-revealed'], limit: 5 },
  // Opening people's requests and accounts: a busy clerk handles a few dozen an hour.
  {
    id: 'reads',
    actions: ['request.viewed', 'privacy.request-viewed', 'account.staff-viewed', 'grant.viewed'],
    limit: 60,
  },
  // Sending to many people at once: pushes are the service's only bulk output of contact data.
  { id: 'exports', actions: ['push.job-created'], limit: 3 },
  // One WeChat identity failing to sign in to many different accounts (the actor is the caller's
  // digest, lib/audit/caller-digest.ts): someone trying passwords across accounts. A person may
  // mistype their own and a family member's; five different accounts in an hour is not that.
  { id: 'sign-in-failures', actions: ['account.sign-in-failed'], limit: 5 },
];

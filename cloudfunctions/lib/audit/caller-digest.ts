import { createHash } from 'node:crypto';

/**
 * The calling WeChat identity as the audit trail keeps it when no account is proven (a failed
 * sign-in): enough to see that one caller tried many accounts (config/audit-alerts.ts
 * `sign-in-failures`), never the OPENID itself. An OPENID is a random per-app string, not a small
 * space one could try in full, so a plain truncated sha256 cannot be walked back to it; the
 * prefix keeps it apart from account ids, `anonymous` and `system`.
 */
export function callerDigest(openid: string): string {
  return `caller-${createHash('sha256').update(`qyb-audit-caller\n${openid}`, 'utf8').digest('hex').slice(0, 16)}`;
}

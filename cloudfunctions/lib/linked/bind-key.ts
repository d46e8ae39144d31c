import { createHash } from 'node:crypto';

/**
 * The `_id` of a binding: one outside account (issuer + sub, OIDC Core §2: unique only together)
 * is one document, so the database itself refuses a second binding of it (policy §7.1).
 */
export function bindKey(issuer: string, sub: string): string {
  return `lnk-${createHash('sha256').update(`${issuer}\n${sub}`, 'utf8').digest('base64url')}`;
}

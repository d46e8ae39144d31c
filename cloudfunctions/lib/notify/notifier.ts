/**
 * The one way server code tells a person something (agreement §12, policy §3.3(8)): every notice
 * lands in the in-app inbox (`messages`); the push work adds WeChat subscription messages, SMS and
 * email behind this same call, by the person's grants and preferences. Callers never pick channels.
 */
import type { NoticeText } from '../contract/notices/notice-text';

export type NoticeKind =
  | 'request.status' // a service request changed state
  | 'agent.grant' // an enterprise agent grant was approved, refused or revoked
  | 'policy.published' // a new agreement / policy version was published (told before it takes effect)
  | 'account.security' // security alerts (sign-in from another WeChat, password changed…)
  | 'account.status' // staff restricted / suspended / restored an account
  | 'maintenance' // planned service downtime (§8.2, §8.4)
  | 'service.change' // a change to the service announced before it takes effect (§8.2)
  | 'security.incident' // a security incident, told to the people it affected (policy §7.2)
  | 'staff.push' // a message staff sent to an audience
  | 'privacy.request'; // staff answered a person's request about their information (policy §8)

export interface Notice {
  accountId: string;
  kind: NoticeKind;
  title: string;
  body: string;
  /** The catalog key and parameters the title and body were made from (the inbox shows it in the reader's language). */
  text?: NoticeText;
  /** The page the notice opens, e.g. `/packages/services/pages/request/index?id=…`. */
  page?: string;
  /** A finer label kept as the inbox message's kind (e.g. `security.password-changed`); defaults to `kind`. */
  tag?: string;
  /** Values for the subscription-message template of this kind (validated and truncated by the sender). */
  fields?: Record<string, string>;
}

export interface Notifier {
  notify(notice: Notice, now: number): Promise<void>;
}

import type { NoticeKind } from './notifier';

/**
 * The notice kind (preferences, template) of a detailed label the account function has always
 * written on inbox messages: `security.*` are security alerts, `account.*` changes of the account's
 * status (restrictions, cancellation) — both kinds nobody can turn off.
 */
export function noticeKindOf(label: string): NoticeKind {
  if (label.startsWith('security.')) return 'account.security';
  return 'account.status';
}

import { newId } from '../account/ids';
import { noticeContent, noticeInstant } from '../contract/notices/notice-text';
import { database } from '../infra/cloud';
import { found } from '../infra/chain-append';
import { COLLECTIONS } from '../infra/collections';
import type { MessageRepository } from '../notify/message.repository';
import type { AdminAlerts } from './audit-watch';
import { maskStaffId } from './staff-reads';

/**
 * Who tripped the rule: a staff member (masked id), or a caller not signed in (its digest, shown
 * whole); the rule is in the notice's key (audit.anomaly.<rule>).
 */
const whoOf = (actor: string) =>
  actor.startsWith('caller-') ? { staff: null, caller: actor } : { staff: maskStaffId(actor), caller: null };

/** The audit screen, where the alert is flagged (src/platform/navigation.ts ROUTES.staffAudit). */
const AUDIT_PAGE = '/packages/staff/pages/audit/index';

/**
 * The alert left in each admin's inbox through notify's message repository (lib/notify/cloud-inbox.ts),
 * without the push channels, so the audit recorder in every function does not load them;
 * `security.*` is a kind nobody can turn off.
 */
export function adminAlertInbox(messages: Pick<MessageRepository, 'insert'>): AdminAlerts {
  const db = database();
  return {
    async send(alert, at) {
      const admins = found<{ _id: string }[]>(
        await db.collection(COLLECTIONS.accounts).where({ roles: 'admin' }).field({ _id: true }).limit(100).get(),
      );
      const { title, body, text } = noticeContent(`audit.anomaly.${alert.rule}`, {
        ...whoOf(alert.actor),
        windowStart: noticeInstant(alert.windowStart),
        count: String(alert.count),
        limit: String(alert.limit),
      });
      for (const admin of admins) {
        await messages.insert({
          _id: newId(),
          accountId: admin._id,
          kind: 'security.audit-anomaly',
          title,
          body,
          text,
          page: AUDIT_PAGE,
          fields: null,
          createdAt: at,
          readAt: null,
        });
      }
    },
  };
}

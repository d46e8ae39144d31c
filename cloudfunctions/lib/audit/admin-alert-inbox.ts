import { newId } from '../account/ids';
import { database } from '../infra/cloud';
import { found } from '../infra/chain-append';
import { COLLECTIONS } from '../infra/collections';
import type { MessageRepository } from '../notify/message.repository';
import type { AdminAlerts, WatchRecord } from './audit-watch';
import { maskStaffId } from './staff-reads';

/** What each rule means, as the admins read it in their inbox. */
const RULE_TEXT: Record<WatchRecord['rule'], string> = {
  reveals: '显示完整个人信息',
  reads: '查看个人信息',
  exports: '批量发送（导出）联系信息',
  'sign-in-failures': '登录失败的不同账号',
};

/** Who tripped the rule: a staff member (masked id), or a caller not signed in (its digest, shown whole). */
const whoOf = (actor: string) =>
  actor.startsWith('caller-') ? `未登录的调用方 ${actor}` : `工作人员 ${maskStaffId(actor)}`;

/** The audit screen, where the alert is flagged (src/platform/navigation.ts ROUTES.staffAudit). */
const AUDIT_PAGE = '/packages/staff/pages/audit/index';

/** Beijing keeps UTC+8 all year (src/i18n/beijing-time.ts says why a fixed offset is exact). */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

const beijingHour = (at: number) => {
  const d = new Date(at + BEIJING_OFFSET_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日${d.getUTCHours()}时`;
};

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
      const body =
        `${whoOf(alert.actor)} 在${beijingHour(alert.windowStart)}内${RULE_TEXT[alert.rule]}` +
        `涉及 ${alert.count} 人，超过 ${alert.limit} 人的提示线。请在审计日志中核查。`;
      for (const admin of admins) {
        await messages.insert({
          _id: newId(),
          accountId: admin._id,
          kind: 'security.audit-anomaly',
          title: '审计提示：操作异常',
          body,
          page: AUDIT_PAGE,
          fields: null,
          createdAt: at,
          readAt: null,
        });
      }
    },
  };
}

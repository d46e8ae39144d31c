import { statusChange } from '../account/account-status';
import type { AccountRecord } from '../account/account.record';
import type { ReportOutcome } from '../contract/reports';
import type { ReportRecord } from './report.record';
import type { ReportsDeps } from './reports.deps';

export const REPORTED_NOTICES = {
  warn: { kind: 'report.warned', title: '您收到一次警告' },
  restrict: { kind: 'account.status.restricted', title: '账号已被限制使用' },
  remove: { kind: 'content.withdrawn', title: '您上传的内容已被删除' },
} as const;

const APPEAL = '如有异议，请拨打服务热线 0756-8841889。';

/**
 * What a decision does to the reported side. Restricting goes through the account's own status
 * fields, so the one status guard (account-status.ts) refuses the account's writes from then on.
 */
export async function applyOutcome(
  report: ReportRecord,
  outcome: ReportOutcome,
  note: string,
  staff: AccountRecord,
  deps: ReportsDeps,
  now: number,
): Promise<void> {
  const owner = report.targetAccountId;
  if (outcome === 'warn' && owner) {
    const { kind, title } = REPORTED_NOTICES.warn;
    await deps.inbox.tell(owner, kind, title, `原因：${note}。${APPEAL}`, now);
  }
  if (outcome === 'restrict' && owner) {
    await deps.accounts.update(owner, statusChange('restricted', note, staff._id, now));
    await deps.audit.record({
      at: now,
      actor: staff._id,
      action: 'account.status-set',
      target: owner,
      details: { state: 'restricted', reason: note, until: null, report: report._id },
    });
    const { kind, title } = REPORTED_NOTICES.restrict;
    await deps.inbox.tell(owner, kind, title, `原因：${note}。${APPEAL}`, now);
  }
  if (outcome === 'remove') await removeContent(report, note, deps, now);
}

async function removeContent(report: ReportRecord, note: string, deps: ReportsDeps, now: number): Promise<void> {
  if (report.kind === 'message') {
    // A message is reportable only from its own inbox, so a message report always has its reporter.
    if (report.reporterId) await deps.messages.remove(report.reporterId, report.target);
    return;
  }
  const file = await deps.files.files.get(report.target);
  if (!file) return;
  if (file.fileID) await deps.files.storage.remove([file.fileID]);
  await deps.files.files.update(file._id, { status: 'rejected', rejectedCode: 'REPORT.REMOVED', fileID: null });
  const { kind, title } = REPORTED_NOTICES.remove;
  await deps.inbox.tell(file.accountId, kind, title, `原因：${note}。${APPEAL}`, now);
}

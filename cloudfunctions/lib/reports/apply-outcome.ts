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
  if (outcome === 'freeze' && owner) await freezeAccount(report, owner, note, staff, deps, now);
  if (outcome === 'remove') await removeContent(report, note, deps, now);
}

/** As staff setting `frozen` (account/staff-actions.ts): the status, every session ended, audited, the owner told. */
async function freezeAccount(
  report: ReportRecord,
  owner: string,
  note: string,
  staff: AccountRecord,
  deps: ReportsDeps,
  now: number,
): Promise<void> {
  await deps.accounts.update(owner, statusChange('frozen', note, staff._id, now));
  const ended = await deps.sessions.endForAccount(owner, now, 'frozen');
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: 'account.status-set',
    target: owner,
    details: { state: 'frozen', reason: note, until: null, report: report._id, sessionsEnded: ended },
  });
  await deps.inbox.tell(
    owner,
    'account.status.frozen',
    '账号已冻结',
    `有人报告此账号被盗，账号已冻结，所有登录已退出。原因：${note}。解冻请在绑定的微信中完成人脸核验，或携本人证件到服务窗口办理。`,
    now,
  );
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

import { noticeContent } from '../contract/notices/notice-text';
import { statusChange } from '../account/account-status';
import type { AccountRecord } from '../account/account.record';
import type { ReportOutcome } from '../contract/reports';
import type { ReportRecord } from './report.record';
import type { ReportsDeps } from './reports.deps';

/** The inbox kind of what the reported side is told, and its text's key. */
export const REPORTED_NOTICES = {
  warn: { kind: 'report.warned', key: 'report.warned' },
  restrict: { kind: 'account.status.restricted', key: 'report.restricted' },
  remove: { kind: 'content.withdrawn', key: 'report.removed' },
} as const;

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
    const { kind, key } = REPORTED_NOTICES.warn;
    await deps.inbox.tell(owner, kind, noticeContent(key, { note }), now);
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
    const { kind, key } = REPORTED_NOTICES.restrict;
    await deps.inbox.tell(owner, kind, noticeContent(key, { note }), now);
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
  await deps.inbox.tell(owner, 'account.status.frozen', noticeContent('report.frozen', { note }), now);
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
  const { kind, key } = REPORTED_NOTICES.remove;
  await deps.inbox.tell(file.accountId, kind, noticeContent(key, { note }), now);
}

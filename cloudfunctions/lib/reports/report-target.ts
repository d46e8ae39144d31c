import type { ReportKind } from '../contract/reports';
import { AppError } from '../errors/app-error';
import type { ReportsDeps } from './reports.deps';

export interface ResolvedTarget {
  /** The account behind the target; null for a message the service itself sent. */
  accountId: string | null;
  /** The reported account's WeChat identity, to tell "another identity" from the owner. */
  openid: string | null;
}

/**
 * What a report names, checked to exist and to be reportable by this person: any live account by
 * its name; a message only in the reporter's own inbox (a guest has none); content only as a
 * stored upload.
 */
export async function resolveReportTarget(
  kind: ReportKind,
  target: string,
  /** The reporter's account id; null for a guest. */
  reporterId: string | null,
  deps: ReportsDeps,
): Promise<ResolvedTarget> {
  if (kind === 'account') {
    const account = await deps.accounts.findByName(target);
    if (!account || account.statusState === 'cancelled') throw new AppError('REPORT.TARGET_NOT_FOUND');
    if (account._id === reporterId) throw new AppError('REPORT.SELF');
    return { accountId: account._id, openid: account.openid };
  }
  if (kind === 'message') {
    // Only a message in the reporter's own inbox can be reported.
    if (!reporterId || !(await deps.messages.owned(reporterId, target))) throw new AppError('REPORT.TARGET_NOT_FOUND');
    return { accountId: null, openid: null };
  }
  const file = await deps.files.files.get(target);
  if (!file || file.status !== 'checked' || !file.fileID) throw new AppError('REPORT.TARGET_NOT_FOUND');
  if (file.accountId === reporterId) throw new AppError('REPORT.SELF');
  return { accountId: file.accountId, openid: null };
}

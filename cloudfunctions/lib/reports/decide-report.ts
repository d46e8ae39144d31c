import { noticeContent } from '../contract/notices/notice-text';
import { requireRole } from '../account/account-guard';
import type { ReportOutcome } from '../contract/reports';
import { DecideReportInputSchema } from '../contract/reports.schema';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { applyOutcome } from './apply-outcome';
import { isOwnReport, outcomesFor, REPORT_STAFF_ROLES } from './report-queue';
import type { ReportsDeps } from './reports.deps';

/** What the reporter reads: the outcome in plain words, never who was reported or the staff note. */
export const reportDecidedNotice = (outcome: ReportOutcome) => noticeContent(`report.decided.${outcome}`, {});

/**
 * Staff decide a report once: the outcome is applied, the decision audited, and the reporter told
 * in their inbox. The report is marked decided first, so two staff deciding at once apply one.
 */
export async function decideReport(input: unknown, ctx: CallContext, deps: ReportsDeps) {
  const { account: staff } = await requireRole(ctx, deps, REPORT_STAFF_ROLES);
  const { id, outcome, note } = parseInput(DecideReportInputSchema, input);
  const report = await deps.reports.get(id);
  if (!report) throw new AppError('REPORT.NOT_FOUND');
  if (isOwnReport(report, staff._id)) throw new AppError('STAFF.OWN_MATTER');
  if (report.status !== 'open') throw new AppError('REPORT.ALREADY_DECIDED');
  if (!outcomesFor(report).includes(outcome)) throw new AppError('REPORT.OUTCOME_NOT_ALLOWED');
  const now = ctx.now.getTime();
  if (!(await deps.reports.decide(id, { outcome, note, by: staff._id, at: now })))
    throw new AppError('REPORT.ALREADY_DECIDED');
  await applyOutcome(report, outcome, note, staff, deps, now);
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: 'report.decided',
    target: report._id,
    ...(report.targetAccountId ? { subject: report.targetAccountId } : {}),
    details: { kind: report.kind, outcome, note, flagged: report.flagged },
  });
  // A guest has no inbox to be told in: the report still counts.
  if (report.reporterId) await deps.inbox.tell(report.reporterId, 'report.decided', reportDecidedNotice(outcome), now);
  return { id, outcome };
}

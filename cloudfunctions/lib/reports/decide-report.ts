import { requireRole } from '../account/account-guard';
import type { ReportOutcome } from '../contract/reports';
import { DecideReportInputSchema } from '../contract/reports.schema';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { applyOutcome } from './apply-outcome';
import { isOwnReport, outcomesFor, REPORT_STAFF_ROLES } from './report-queue';
import type { ReportsDeps } from './reports.deps';

export const REPORT_OUTCOME_TITLE = '您的举报已处理';

/** What the reporter reads: the outcome in plain words, never who was reported or the staff note. */
export const REPORT_OUTCOME_TEXT: Record<ReportOutcome, string> = {
  dismiss: '经核查，被举报的内容暂未发现违反用户协议的情况，本次不作处理。感谢您的监督。',
  warn: '经核查，举报属实，我们已对相关账号作出警告。感谢您的监督。',
  remove: '经核查，举报属实，相关内容已被删除或屏蔽。感谢您的监督。',
  restrict: '经核查，举报属实，相关账号已被限制使用。感谢您的监督。',
  freeze:
    '您报告被盗的账号已冻结，所有登录已退出。账号所有人可在绑定的微信中完成人脸核验解冻，或携本人证件到服务窗口办理。',
};

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
  if (report.reporterId)
    await deps.inbox.tell(report.reporterId, 'report.decided', REPORT_OUTCOME_TITLE, REPORT_OUTCOME_TEXT[outcome], now);
  return { id, outcome };
}

import { requireAccount } from '../account/account-guard';
import { newId } from '../account/ids';
import { SAFETY_SCENES } from '../content-safety/content-safety';
import { requireSafeText } from '../content-safety/require-safe-text';
import { FileReportInputSchema } from '../contract/reports.schema';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { reportSortKey, type ReportRecord } from './report.record';
import { resolveReportTarget } from './report-target';
import type { ReportsDeps } from './reports.deps';

/**
 * A person reports an account, a message or content (agreement §5.9). A restricted account may
 * still report (access `security`: a person whose account was taken over must be heard). A
 * compromised account reported from another WeChat identity is flagged: first in the staff queue.
 */
export async function fileReport(input: unknown, ctx: CallContext, deps: ReportsDeps): Promise<{ id: string }> {
  const { account } = await requireAccount(ctx, deps, 'security');
  const { kind, target, reason, text } = parseInput(FileReportInputSchema, input);
  const resolved = await resolveReportTarget(kind, target, account, deps);
  await requireSafeText(deps.safety, ctx.openid, SAFETY_SCENES.comment, { 举报说明: text });
  const now = ctx.now.getTime();
  const flagged = kind === 'account' && reason === 'compromised' && resolved.openid !== ctx.openid;
  const record: ReportRecord = {
    _id: newId(),
    reporterId: account._id,
    kind,
    target,
    targetAccountId: resolved.accountId,
    reason,
    text: text ?? null,
    flagged,
    status: 'open',
    sortKey: reportSortKey(flagged, now),
    createdAt: now,
    decision: null,
  };
  await deps.reports.insert(record);
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'report.filed',
    target: record._id,
    details: { kind, reason, flagged },
  });
  return { id: record._id };
}

import { requireRole } from '../account/account-guard';
import type { ReportOutcome, ReportQueueOutput } from '../contract/reports';
import type { CallContext } from '../handler/call-context';
import type { ReportRecord } from './report.record';
import type { ReportsDeps } from './reports.deps';

export const REPORT_STAFF_ROLES = ['staff', 'admin'] as const;

/** The outcomes that make sense for a report: content goes, owners are warned or restricted. */
export function outcomesFor(record: Pick<ReportRecord, 'kind' | 'targetAccountId'>): ReportOutcome[] {
  const outcomes: ReportOutcome[] = ['dismiss'];
  if (record.targetAccountId) outcomes.push('warn');
  if (record.kind !== 'account') outcomes.push('remove');
  if (record.targetAccountId) outcomes.push('restrict');
  return outcomes;
}

/** Separation of duties: a staff member neither decides a report they filed nor one against them. */
export function isOwnReport(record: Pick<ReportRecord, 'reporterId' | 'targetAccountId'>, staffId: string): boolean {
  return record.reporterId === staffId || record.targetAccountId === staffId;
}

/** Open reports, flagged first (a compromised account), then oldest first. */
export async function reportQueue(ctx: CallContext, deps: ReportsDeps): Promise<ReportQueueOutput> {
  const { account: staff } = await requireRole(ctx, deps, REPORT_STAFF_ROLES);
  const open = await deps.reports.open();
  return {
    items: open
      .filter((r) => !isOwnReport(r, staff._id))
      .map((r) => ({
        id: r._id,
        kind: r.kind,
        target: r.target,
        reason: r.reason,
        text: r.text,
        flagged: r.flagged,
        createdAt: new Date(r.createdAt).toISOString(),
        outcomes: outcomesFor(r),
      })),
  };
}

import { requireRole } from '../account/account-guard';
import type { ReportOutcome, ReportQueueOutput } from '../contract/reports';
import type { CallContext } from '../handler/call-context';
import type { ReportRecord } from './report.record';
import type { ReportsDeps } from './reports.deps';

export const REPORT_STAFF_ROLES = ['staff', 'admin'] as const;

/**
 * The outcomes that make sense for a report: content goes, owners are warned or restricted, and a
 * stolen account (reason `compromised`) is frozen; warning a stolen account's thief-held inbox helps nobody.
 */
export function outcomesFor(record: Pick<ReportRecord, 'kind' | 'targetAccountId' | 'reason'>): ReportOutcome[] {
  if (record.kind === 'account' && record.reason === 'compromised' && record.targetAccountId)
    return ['dismiss', 'freeze'];
  const outcomes: ReportOutcome[] = ['dismiss'];
  if (record.targetAccountId) outcomes.push('warn');
  if (record.kind !== 'account') outcomes.push('remove');
  if (record.targetAccountId) outcomes.push('restrict');
  return outcomes;
}

/** A guest reporter's sealed contact, opened for staff to call back on; every opening is audited. */
async function revealContact(r: ReportRecord, staffId: string, now: number, deps: ReportsDeps): Promise<string | null> {
  if (!r.contact) return null;
  const contact = deps.cipher.open(r.contact, `report.contact:${r._id}`);
  await deps.audit.record({ at: now, actor: staffId, action: 'report.contact-revealed', target: r._id, details: {} });
  return contact;
}

/** Separation of duties: a staff member neither decides a report they filed nor one against them. */
export function isOwnReport(record: Pick<ReportRecord, 'reporterId' | 'targetAccountId'>, staffId: string): boolean {
  return record.reporterId === staffId || record.targetAccountId === staffId;
}

/** Open reports, flagged first (a compromised account), then oldest first. */
export async function reportQueue(ctx: CallContext, deps: ReportsDeps): Promise<ReportQueueOutput> {
  const { account: staff } = await requireRole(ctx, deps, REPORT_STAFF_ROLES);
  const open = (await deps.reports.open()).filter((r) => !isOwnReport(r, staff._id));
  const now = ctx.now.getTime();
  return {
    items: await Promise.all(
      open.map(async (r) => ({
        id: r._id,
        kind: r.kind,
        target: r.target,
        reason: r.reason,
        text: r.text,
        flagged: r.flagged,
        contact: await revealContact(r, staff._id, now, deps),
        createdAt: new Date(r.createdAt).toISOString(),
        outcomes: outcomesFor(r),
      })),
    ),
  };
}

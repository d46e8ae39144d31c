import type { AccountRecord } from '../account/account.record';
import { requireAccount } from '../account/account-guard';
import { newId } from '../account/ids';
import { callerDigest } from '../audit/caller-digest';
import { SAFETY_SCENES } from '../content-safety/content-safety';
import { requireSafeText } from '../content-safety/require-safe-text';
import { AppError } from '../errors/app-error';
import { FileReportInputSchema } from '../contract/reports.schema';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import { reportSortKey, type ReportRecord } from './report.record';
import { resolveReportTarget } from './report-target';
import type { ReportsDeps } from './reports.deps';

/**
 * The reporter's account when they are signed in, else null: reporting needs no account. A
 * restricted account may still report (access `security`: a person whose account was taken over
 * must be heard).
 */
async function reporterOf(ctx: CallContext, deps: ReportsDeps): Promise<AccountRecord | null> {
  const session = await deps.sessions.activeFor(ctx.openid, ctx.now.getTime());
  return session ? (await requireAccount(ctx, deps, 'security')).account : null;
}

/**
 * Anyone reports an account, a message or content (agreement §5.9), guests included: a service
 * that must take reports cannot ask for an account or a consent first (the catalog's basis is the
 * legal duty). Every report counts against the caller's WeChat identity's daily feedback limit. A
 * compromised account reported from another WeChat identity is flagged: first in the staff queue.
 */
export async function fileReport(input: unknown, ctx: CallContext, deps: ReportsDeps): Promise<{ id: string }> {
  const account = await reporterOf(ctx, deps);
  const { kind, target, reason, text, contact } = parseInput(FileReportInputSchema, input);
  // A stolen account's owner is often signed out: staff need a way back to them (and to check who they are).
  if (!account && kind === 'account' && reason === 'compromised' && !contact)
    throw new AppError('REPORT.CONTACT_REQUIRED');
  const resolved = await resolveReportTarget(kind, target, account?._id ?? null, deps);
  await requireSafeText(deps.safety, ctx.openid, SAFETY_SCENES.comment, { reportText: text, contact });
  const now = ctx.now.getTime();
  await deps.limits.take(ctx.openid, now);
  const flagged = kind === 'account' && reason === 'compromised' && resolved.openid !== ctx.openid;
  const _id = newId();
  const record: ReportRecord = {
    _id,
    reporterId: account?._id ?? null,
    kind,
    target,
    targetAccountId: resolved.accountId,
    reason,
    text: text ?? null,
    contact: contact ? deps.cipher.seal(contact, `report.contact:${_id}`) : null,
    flagged,
    status: 'open',
    sortKey: reportSortKey(flagged, now),
    createdAt: now,
    decision: null,
  };
  await deps.reports.insert(record);
  await deps.audit.record({
    at: now,
    actor: account?._id ?? callerDigest(ctx.openid),
    action: 'report.filed',
    target: record._id,
    details: { kind, reason, flagged, guest: !account },
  });
  return { id: record._id };
}

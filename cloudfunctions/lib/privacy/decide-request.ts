import { noticeContent } from '../contract/notices/notice-text';
import { requireRole } from '../account/account-guard';
import { parseInput } from '../handler/parse-input';
import { DecideInputSchema, type ErasureOutcome } from '../contract/privacy';
import { erasePersonalData } from '../erasure/erase-personal-data';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { correctionPatch } from './apply-correction';
import type { PrivacyDeps } from './privacy.deps';
import type { PrivacyRequestRecord } from './privacy-request.record';
import { openProposed } from './request-view';
import { DECIDERS, load } from './staff-requests';

/** Runs the approved deletion; a failure reopens the request so the admin can decide again (erasure is idempotent). */
async function erase(record: PrivacyRequestRecord, adminId: string, deps: PrivacyDeps, now: number) {
  try {
    const call = { accountId: record.accountId, data: record.scope ?? [], reason: 'privacy-request' as const };
    const outcome = await erasePersonalData({ ...call, actor: adminId, target: record._id, at: now }, deps.erasure);
    await deps.requests.recordErasure(record._id, outcome, now);
    return outcome;
  } catch (error) {
    await deps.requests.reopen(record._id, now);
    throw error;
  }
}

/**
 * An admin approves or refuses, with the answer the person reads. An approved correction changes
 * the account's sealed fields and blind index; an approved deletion erases exactly the records it
 * names (lib/erasure) and keeps, with the request, what was erased and what the law keeps, which
 * the person reads in the answer. The person is told through the notifier, after the erasure (a
 * deletion of messages must not take the answer with it).
 */
export async function decideRequest(
  input: unknown,
  ctx: CallContext,
  deps: PrivacyDeps,
): Promise<{ id: string; status: 'approved' | 'refused'; accountChanged: boolean; erasure: ErasureOutcome | null }> {
  const data = parseInput(DecideInputSchema, input);
  const { account: admin } = await requireRole(ctx, deps, DECIDERS);
  const { record, account } = await load(data.id, deps);
  if (record.status !== 'open') throw new AppError('PRIVACY.REQUEST_CLOSED');
  // Separation of duties (issue 15, finding 3): no admin decides their own request.
  if (record.accountId === admin._id) throw new AppError('STAFF.OWN_MATTER');
  const now = ctx.now.getTime();
  const proposed = openProposed(record, deps.cipher);
  const approveCorrection = data.outcome === 'approved' && record.kind === 'correction' && proposed !== null;
  if (approveCorrection && (!account || account.statusState === 'cancelled')) throw new AppError('ACCOUNT.NOT_FOUND');
  // Checked before anything is written: a refused patch leaves the request open.
  const patch = approveCorrection && account ? await correctionPatch(account, proposed, deps, ctx.now) : null;
  const closed = { status: data.outcome, decidedAt: now, decidedBy: admin._id, reply: data.reply, updatedAt: now };
  if (!(await deps.requests.closeIfOpen(record._id, closed))) throw new AppError('PRIVACY.REQUEST_CLOSED');
  if (patch && account) {
    try {
      await deps.accounts.update(account._id, patch);
    } catch (error) {
      await deps.requests.reopen(record._id, now);
      throw error;
    }
  }
  const erasure =
    data.outcome === 'approved' && record.kind === 'deletion' ? await erase(record, admin._id, deps, now) : null;
  await deps.audit.record({
    at: now,
    actor: admin._id,
    action: `privacy.request-${data.outcome}`,
    target: record._id,
    details: {
      account: record.accountId,
      kind: record.kind,
      fields: record.fields.join(','),
      accountChanged: patch !== null,
    },
  });
  await deps.notifier.notify(
    {
      accountId: record.accountId,
      kind: 'privacy.request',
      ...noticeContent(`privacy.${record.kind}.${data.outcome}`, { reply: data.reply }),
      page: '/packages/privacy/pages/rights/index',
    },
    now,
  );
  return { id: record._id, status: data.outcome, accountChanged: patch !== null, erasure };
}

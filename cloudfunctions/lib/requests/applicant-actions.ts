import { requireAccount } from '../account/account-guard';
import { parseInput } from '../handler/parse-input';
import { ResubmitInputSchema, WithdrawInputSchema, type RequestSummary } from '../contract/requests';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { applyTransition, assertVersion } from './apply-transition';
import { checkMaterials } from './check-materials';
import { ownRequest } from './my-requests';
import { toSummary } from './request-view';
import type { RequestsDeps } from './requests.deps';
import { nextStatus } from './state-machine';

/** The applicant withdraws a request not yet accepted (submitted → withdrawn). */
export async function withdrawRequest(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<RequestSummary> {
  const { account } = await requireAccount(ctx, deps, 'write');
  const data = parseInput(WithdrawInputSchema, input);
  const record = await ownRequest(data.requestId, account._id, deps);
  const after = await applyTransition(
    record,
    'withdraw',
    { by: 'applicant', id: account._id, name: null },
    { expectedVersion: data.expectedVersion, comment: data.comment || null, now: ctx.now.getTime() },
    deps,
  );
  return toSummary(after);
}

/**
 * The applicant answers a supplement request with more materials (supplement_requested →
 * resubmitted). The state and version are checked before the uploads, so a stale or illegal
 * resubmission reads no file.
 */
export async function resubmitRequest(input: unknown, ctx: CallContext, deps: RequestsDeps): Promise<RequestSummary> {
  const { account } = await requireAccount(ctx, deps, 'write');
  const data = parseInput(ResubmitInputSchema, input);
  const record = await ownRequest(data.requestId, account._id, deps);
  assertVersion(record, data.expectedVersion);
  nextStatus('resubmit', record.status, 'applicant');
  const now = ctx.now.getTime();
  const matter = await deps.matters.get(record.matterCode, now);
  if (!matter) throw new AppError('REQUESTS.MATTER_NOT_FOUND');
  const already = new Set(record.materials.map((m) => m.uploadId));
  if (data.materials.some((m) => already.has(m.uploadId))) throw new AppError('REQUESTS.MATERIAL_REUSED');
  const added = await checkMaterials(
    data.materials,
    matter.materials,
    { accountId: account._id, round: record.supplementRound, purposes: ['supplement', 'material'], requireAll: false },
    deps.materials,
  );
  const after = await applyTransition(
    record,
    'resubmit',
    { by: 'applicant', id: account._id, name: null },
    {
      expectedVersion: data.expectedVersion,
      comment: data.comment || null,
      patch: { materials: [...record.materials, ...added] },
      now,
    },
    deps,
  );
  return toSummary(after);
}

import { requireRole } from '../account/account-guard';
import { assertNotOwnMatter } from '../enterprise/own-matter';
import type { AccountRecord } from '../account/account.record';
import { parseInput } from '../handler/parse-input';
import { shanghaiDate } from '../contract/shanghai-date';
import {
  AcceptInputSchema,
  ApproveInputSchema,
  AssignInputSchema,
  CloseInputSchema,
  DeliverInputSchema,
  RejectInputSchema,
  RequestSupplementInputSchema,
  type RequestSummary,
  type TransitionAction,
} from '../contract/requests';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { applyTransition, assertVersion, type RequestPatch } from './apply-transition';
import type { RequestRecord } from './request.record';
import { toSummary } from './request-view';
import type { RequestsDeps } from './requests.deps';
import { ASSIGNABLE, nextStatus } from './state-machine';
import { PROCESSORS } from './staff-roles';

const MB = 1024 * 1024;
const RESULT_RULE = { kinds: ['pdf', 'jpeg', 'png'] as const, maxBytes: 20 * MB };

interface StaffStep {
  requestId: string;
  expectedVersion: number;
  comment?: string;
}

/**
 * Runs one staff step: a reviewer or admin, the request as stored, the step's own patch (which may
 * read uploads — only after the version and transition are known to be legal), then the
 * transition and an audit entry.
 */
async function staffStep<I extends StaffStep>(
  action: TransitionAction | 'assign',
  input: I,
  ctx: CallContext,
  deps: RequestsDeps,
  patchFor: (record: RequestRecord, staff: AccountRecord, now: number) => Promise<RequestPatch> | RequestPatch,
): Promise<RequestSummary> {
  const { account: staff } = await requireRole(ctx, deps, PROCESSORS);
  const record = await deps.requests.get(input.requestId);
  if (!record) throw new AppError('REQUESTS.NOT_FOUND');
  assertVersion(record, input.expectedVersion);
  await assertNotOwnMatter(staff, { personId: record.applicantId, enterpriseId: record.enterpriseId }, deps);
  if (action === 'assign') {
    if (!ASSIGNABLE.includes(record.status)) throw new AppError('REQUESTS.ILLEGAL_TRANSITION');
  } else nextStatus(action, record.status, 'staff');
  const now = ctx.now.getTime();
  const patch = await patchFor(record, staff, now);
  const after = await applyTransition(
    record,
    action,
    { by: 'staff', id: staff._id, name: staff.accountName },
    { expectedVersion: input.expectedVersion, comment: input.comment || null, patch, now },
    deps,
  );
  await deps.audit.record({
    at: now,
    actor: staff._id,
    action: `request.${action}`,
    target: record._id,
    details: { from: record.status, to: after.status, version: after.version, comment: input.comment || null },
  });
  return toSummary(after);
}

/** A request nobody holds yet goes to whoever acts on it first. */
const claim = (r: RequestRecord, staff: AccountRecord): RequestPatch =>
  r.assigneeId ? {} : { assigneeId: staff._id, assigneeName: staff.accountName };

export const assignToSelf = (input: unknown, ctx: CallContext, deps: RequestsDeps) =>
  staffStep('assign', parseInput(AssignInputSchema, input), ctx, deps, (_r, staff) => ({
    assigneeId: staff._id,
    assigneeName: staff.accountName,
  }));

/** Accepting starts the clock: the promised date is the matter's working days after today. */
export const acceptRequest = (input: unknown, ctx: CallContext, deps: RequestsDeps) =>
  staffStep('accept', parseInput(AcceptInputSchema, input), ctx, deps, (r, staff, now) => ({
    ...claim(r, staff),
    acceptedAt: now,
    promisedDate: deps.calendar.addWorkingDays(shanghaiDate(now), r.promisedWorkingDays),
  }));

export function requestSupplement(input: unknown, ctx: CallContext, deps: RequestsDeps) {
  const data = parseInput(RequestSupplementInputSchema, input);
  return staffStep('requestSupplement', data, ctx, deps, (r, staff, now) => ({
    ...claim(r, staff),
    supplementComment: data.comment,
    supplementMaterialCodes: data.materialCodes ?? [],
    supplementRequestedAt: now,
    supplementRound: r.supplementRound + 1,
  }));
}

/** Approving may attach the result document: the acting staff member's own upload of purpose 'result'. */
export function approveRequest(input: unknown, ctx: CallContext, deps: RequestsDeps) {
  const data = parseInput(ApproveInputSchema, input);
  return staffStep('approve', data, ctx, deps, async (r, staff, now) => {
    const patch: RequestPatch = { ...claim(r, staff), decidedAt: now };
    if (!data.resultUploadId) return patch;
    const file = await deps.materials.check(data.resultUploadId, staff._id, ['result'], RESULT_RULE);
    return { ...patch, resultUploadId: file.uploadId, resultFileID: file.fileID, resultName: file.name };
  });
}

export const rejectRequest = (input: unknown, ctx: CallContext, deps: RequestsDeps) =>
  staffStep('reject', parseInput(RejectInputSchema, input), ctx, deps, (r, staff, now) => ({
    ...claim(r, staff),
    decidedAt: now,
  }));

export function deliverRequest(input: unknown, ctx: CallContext, deps: RequestsDeps) {
  const data = parseInput(DeliverInputSchema, input);
  return staffStep('deliver', data, ctx, deps, (r) =>
    r.deliveryMethod === 'post' && data.trackingNumber ? { trackingNumber: data.trackingNumber } : {},
  );
}

export const closeRequest = (input: unknown, ctx: CallContext, deps: RequestsDeps) =>
  staffStep('close', parseInput(CloseInputSchema, input), ctx, deps, (_r, _staff, now) => ({ closedAt: now }));

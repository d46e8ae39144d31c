import { requireAccount } from '../account/account-guard';
import { parseInput } from '../handler/parse-input';
import { shanghaiDate } from '../contract/shanghai-date';
import { SAFETY_SCENES } from '../content-safety/content-safety';
import { requireSafeText } from '../content-safety/require-safe-text';
import {
  FileRequestInputSchema,
  PRIVACY_DUE_WORKING_DAYS,
  RequestRefSchema,
  type CorrectionField,
  type MyRequestsOutput,
  type PrivacyRequestView,
  type ProposedCorrection,
} from '../contract/privacy';
import { reverifyPassword } from '../account/reverify-password';
import { newId } from '../account/ids';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { AccountRecord } from '../account/account.record';
import type { PrivacyDeps } from './privacy.deps';
import type { PrivacyRequestRecord } from './privacy-request.record';
import { takeOpenSlot } from './open-request-slots';
import { proposedContext, toRequestView } from './request-view';

/** Open requests one person may have at once: enough for any real need, not a flood for staff. */
export const MAX_OPEN_REQUESTS = 5;

const INPUT_CODES = {
  'nothing-proposed': 'PRIVACY.NOTHING_PROPOSED',
  'document-invalid': 'PRIVACY.DOCUMENT_INVALID',
} as const;

/** Keeps only what differs from the registered values; nothing left is refused. */
function changedOnly(account: AccountRecord, proposed: ProposedCorrection, deps: PrivacyDeps): ProposedCorrection {
  const open = (field: 'realName' | 'documentNumber', sealed: string | null) =>
    sealed === null ? null : deps.fields.open(field, account._id, sealed);
  const kept: ProposedCorrection = {};
  if (proposed.realName !== undefined && proposed.realName !== open('realName', account.realName)) {
    kept.realName = proposed.realName;
  }
  const doc = proposed.document;
  if (doc && (doc.type !== account.documentType || doc.number !== open('documentNumber', account.documentNumber))) {
    kept.document = doc;
  }
  if (kept.realName === undefined && kept.document === undefined) throw new AppError('PRIVACY.NOTHING_CHANGED');
  return kept;
}

/**
 * A person files a request about their own information (policy §8.2, §8.6): a correction of the
 * registration information they cannot change themselves, a deletion, or a question. The password
 * again first (§8.3). Allowed while restricted: rights over one's data do not wait on a dispute.
 */
export async function fileRequest(input: unknown, ctx: CallContext, deps: PrivacyDeps): Promise<PrivacyRequestView> {
  const data = parseInput(FileRequestInputSchema, input, INPUT_CODES);
  const { account } = await requireAccount(ctx, deps, 'security');
  await reverifyPassword(account, data.password, ctx, deps);
  const mine = await deps.requests.ofAccount(account._id);
  if (mine.filter((r) => r.status === 'open').length >= MAX_OPEN_REQUESTS) throw new AppError('PRIVACY.TOO_MANY_OPEN');

  await requireSafeText(deps.safety, ctx.openid, SAFETY_SCENES.comment, {
    reason: 'reason' in data ? data.reason : null,
    deletionWhat: 'what' in data ? data.what : null,
    question: 'question' in data ? data.question : null,
  });
  const now = ctx.now.getTime();
  const id = newId();
  const filedOn = shanghaiDate(now);
  let fields: CorrectionField[] = [];
  let proposed: string | null = null;
  if (data.kind === 'correction') {
    const kept = changedOnly(account, data.proposed, deps);
    fields = (['realName', 'document'] as const).filter((f) => kept[f] !== undefined);
    proposed = deps.cipher.seal(JSON.stringify(kept), proposedContext(id));
  }
  const record: PrivacyRequestRecord = {
    _id: id,
    accountId: account._id,
    kind: data.kind,
    status: 'open',
    fields,
    proposed,
    reason: data.kind === 'question' ? null : data.reason,
    what: data.kind === 'deletion' ? data.what : null,
    ...(data.kind === 'deletion' ? { scope: [...new Set(data.scope)] } : {}),
    question: data.kind === 'question' ? data.question : null,
    createdAt: now,
    dueDate: deps.calendar.addWorkingDays(filedOn, PRIVACY_DUE_WORKING_DAYS),
    dueDateConfirmed: deps.calendar.isConfirmed(Number(filedOn.slice(0, 4))),
    decidedAt: null,
    decidedBy: null,
    reply: null,
    cancelledAt: null,
    updatedAt: now,
  };
  const slot = await takeOpenSlot(account._id, id, MAX_OPEN_REQUESTS, now, deps);
  await deps.requests.insert(record).catch(async (error: unknown) => {
    await deps.claims.release(slot, id);
    throw error;
  });
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'privacy.request-filed',
    target: id,
    details: { kind: data.kind, fields: fields.join(',') },
  });
  return toRequestView(record, deps.cipher);
}

/** My requests, newest first, with their status, due date and answer. */
export async function listMyRequests(ctx: CallContext, deps: PrivacyDeps): Promise<MyRequestsOutput> {
  const { account } = await requireAccount(ctx, deps, 'read');
  const records = await deps.requests.ofAccount(account._id);
  return { items: records.map((r) => toRequestView(r, deps.cipher)) };
}

/** Withdraws one of my open requests. Someone else's request answers as not found. */
export async function cancelRequest(input: unknown, ctx: CallContext, deps: PrivacyDeps): Promise<PrivacyRequestView> {
  const { id } = parseInput(RequestRefSchema, input);
  const { account } = await requireAccount(ctx, deps, 'security');
  const record = await deps.requests.get(id);
  if (!record || record.accountId !== account._id) throw new AppError('PRIVACY.REQUEST_NOT_FOUND');
  const now = ctx.now.getTime();
  const patch = { status: 'cancelled' as const, cancelledAt: now, updatedAt: now };
  if (!(await deps.requests.closeIfOpen(id, patch, account._id))) throw new AppError('PRIVACY.REQUEST_CLOSED');
  await deps.audit.record({
    at: now,
    actor: account._id,
    action: 'privacy.request-cancelled',
    target: id,
    details: {},
  });
  return toRequestView({ ...record, ...patch }, deps.cipher);
}

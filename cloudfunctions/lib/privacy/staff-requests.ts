import { requireRole } from '../account/account-guard';
import { requireStepUp } from '../staff-factor/staff-factor-guard';
import type { AccountRecord } from '../account/account.record';
import { parseInput } from '../handler/parse-input';
import { shanghaiDate } from '../contract/shanghai-date';
import type { Role } from '../contract/account';
import {
  QueueInputSchema,
  RequestRefSchema,
  type RevealOutput,
  type StaffQueueItem,
  type StaffRequestDetail,
} from '../contract/privacy';
import { maskDocumentNumber, maskName } from '../crypto/masking';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import type { PrivacyDeps } from './privacy.deps';
import type { PrivacyRequestRecord } from './privacy-request.record';
import { maskProposed, openProposed, toRequestView } from './request-view';

/** Least privilege: staff read the queue and requests; only an admin decides. */
const READERS: readonly Role[] = ['staff', 'admin'];
export const DECIDERS: readonly Role[] = ['admin'];

function queueItem(record: PrivacyRequestRecord, account: AccountRecord | null, today: string): StaffQueueItem {
  return {
    id: record._id,
    kind: record.kind,
    status: record.status,
    accountName: account?.accountName ?? '',
    fields: record.fields,
    createdAt: new Date(record.createdAt).toISOString(),
    dueDate: record.dueDate,
    overdue: record.status === 'open' && record.dueDate < today,
  };
}

function registered(account: AccountRecord | null, deps: PrivacyDeps) {
  if (!account || account.realName === null || account.documentNumber === null) return null;
  return {
    realName: deps.fields.open('realName', account._id, account.realName),
    document: {
      type: account.documentType,
      number: deps.fields.open('documentNumber', account._id, account.documentNumber),
    },
  };
}

export async function load(id: string, deps: PrivacyDeps) {
  const record = await deps.requests.get(id);
  if (!record) throw new AppError('PRIVACY.REQUEST_NOT_FOUND');
  return { record, account: await deps.accounts.get(record.accountId) };
}

/** The queue, soonest due first (open by default): account names, kinds and dates, nothing sealed. */
export async function staffQueue(
  input: unknown,
  ctx: CallContext,
  deps: PrivacyDeps,
): Promise<{ items: StaffQueueItem[] }> {
  const filter = parseInput(QueueInputSchema, input) ?? {};
  const { account: staff } = await requireRole(ctx, deps, READERS);
  const status = filter.status ?? 'open';
  // The caller's own requests are not offered to them (separation of duties, issue 15 finding 3).
  const records = (await deps.requests.withStatus(status)).filter((r) => r.accountId !== staff._id);
  const today = shanghaiDate(ctx.now);
  // Account names are personal information too: the list read is audited like a detail.
  await deps.audit.record({
    at: ctx.now.getTime(),
    actor: staff._id,
    action: 'privacy.queue-viewed',
    target: status,
    details: { count: records.length },
  });
  const accounts = new Map<string, AccountRecord | null>();
  for (const id of new Set(records.map((r) => r.accountId))) accounts.set(id, await deps.accounts.get(id));
  return { items: records.map((r) => queueItem(r, accounts.get(r.accountId) ?? null, today)) };
}

/** One request with the person's registered and proposed values, masked; the read is audited. */
export async function staffDetail(input: unknown, ctx: CallContext, deps: PrivacyDeps): Promise<StaffRequestDetail> {
  const { id } = parseInput(RequestRefSchema, input);
  const { account: staff } = await requireRole(ctx, deps, READERS);
  const { record, account } = await load(id, deps);
  const current = registered(account, deps);
  await deps.audit.record({
    at: ctx.now.getTime(),
    actor: staff._id,
    action: 'privacy.request-viewed',
    target: record._id,
    subject: record.accountId,
    details: { account: record.accountId, masked: true },
  });
  const view = toRequestView(record, deps.cipher);
  return {
    ...queueItem(record, account, shanghaiDate(ctx.now)),
    text: view.text,
    proposed: maskProposed(openProposed(record, deps.cipher)),
    current: current && {
      realName: maskName(current.realName),
      document: {
        type: current.document.type,
        number: maskDocumentNumber(current.document.type, current.document.number),
      },
    },
    decidedAt: view.decidedAt,
    reply: record.reply,
  };
}

/** The values in full, when a staff member chooses to see them: each reveal is written to the audit log. */
export async function revealRequest(input: unknown, ctx: CallContext, deps: PrivacyDeps): Promise<RevealOutput> {
  const { id } = parseInput(RequestRefSchema, input);
  const signedIn = await requireRole(ctx, deps, READERS);
  // Full ID number, phone and the rest only after a fresh second factor (policy §6.3.1(3)).
  requireStepUp(signedIn, ctx.now.getTime(), deps.staffFactor);
  const staff = signedIn.account;
  const { record, account } = await load(id, deps);
  const proposed = openProposed(record, deps.cipher) ?? {};
  await deps.audit.record({
    at: ctx.now.getTime(),
    actor: staff._id,
    action: 'privacy.request-revealed',
    target: record._id,
    subject: record.accountId,
    details: { account: record.accountId, fields: record.fields.join(',') },
  });
  return { proposed, current: registered(account, deps) };
}

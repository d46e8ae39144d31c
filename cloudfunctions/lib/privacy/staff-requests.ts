import { requireRole } from '../account/account-guard';
import type { AccountRecord } from '../account/account.record';
import { parseInput } from '../handler/parse-input';
import { shanghaiDate } from '../contract/shanghai-date';
import type { Role } from '../contract/account';
import {
  DecideInputSchema,
  QueueInputSchema,
  RequestRefSchema,
  type RevealOutput,
  type StaffQueueItem,
  type StaffRequestDetail,
} from '../contract/privacy';
import { maskDocumentNumber, maskName } from '../crypto/masking';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { correctionPatch } from './apply-correction';
import type { PrivacyDeps } from './privacy.deps';
import type { PrivacyRequestRecord } from './privacy-request.record';
import { maskProposed, openProposed, toRequestView } from './request-view';

/** Least privilege: staff read the queue and requests; only an admin decides. */
const READERS: readonly Role[] = ['staff', 'admin'];
const DECIDERS: readonly Role[] = ['admin'];

const KIND_TITLES = { correction: '信息更正申请', deletion: '信息删除申请', question: '个人信息问题' } as const;

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

async function load(id: string, deps: PrivacyDeps) {
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
  const records = await deps.requests.withStatus(status);
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
  const { account: staff } = await requireRole(ctx, deps, READERS);
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

/**
 * An admin approves or refuses, with the answer the person reads. An approved correction changes
 * the account's sealed fields and blind index; the person is told through the notifier.
 */
export async function decideRequest(
  input: unknown,
  ctx: CallContext,
  deps: PrivacyDeps,
): Promise<{ id: string; status: 'approved' | 'refused'; accountChanged: boolean }> {
  const data = parseInput(DecideInputSchema, input);
  const { account: admin } = await requireRole(ctx, deps, DECIDERS);
  const { record, account } = await load(data.id, deps);
  if (record.status !== 'open') throw new AppError('PRIVACY.REQUEST_CLOSED');
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
  const verb = data.outcome === 'approved' ? (record.kind === 'question' ? '已答复' : '已办理') : '未予办理';
  await deps.notifier.notify(
    {
      accountId: record.accountId,
      kind: 'privacy.request',
      title: `您的${KIND_TITLES[record.kind]}${verb}`,
      body: data.reply,
      page: '/packages/privacy/pages/rights/index',
    },
    now,
  );
  return { id: record._id, status: data.outcome, accountChanged: patch !== null };
}

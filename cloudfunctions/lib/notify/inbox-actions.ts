import { requireAccount } from '../account/account-guard';
import { ListInboxInputSchema, MessageIdInputSchema, type InboxMessageView, type InboxPage } from '../contract/notify';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { MessageRecord } from './notify.records';
import type { NotifyDeps } from './notify.deps';

function view(m: MessageRecord): InboxMessageView {
  return {
    id: m._id,
    kind: m.kind,
    title: m.title,
    body: m.body,
    text: m.text ?? null,
    page: m.page ?? null,
    createdAt: new Date(m.createdAt).toISOString(),
    read: m.readAt !== null,
  };
}

/** My inbox, newest first, a page at a time; only ever my own messages (the account comes from the session). */
export async function listInbox(input: unknown, ctx: CallContext, deps: NotifyDeps): Promise<InboxPage> {
  const data = parseInput(ListInboxInputSchema, input ?? {});
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  const limit = data.limit ?? 20;
  const page = await deps.messages.page(account._id, data.before, limit);
  const last = page[page.length - 1];
  return {
    messages: page.map(view),
    unread: await deps.messages.unread(account._id),
    next: page.length === limit && last ? { createdAt: last.createdAt, id: last._id } : null,
  };
}

export async function unreadCount(_input: unknown, ctx: CallContext, deps: NotifyDeps) {
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  return { unread: await deps.messages.unread(account._id) };
}

export async function markRead(input: unknown, ctx: CallContext, deps: NotifyDeps) {
  const { id } = parseInput(MessageIdInputSchema, input);
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  const changed = await deps.messages.markRead(account._id, id, ctx.now.getTime());
  if (changed === 0 && !(await deps.messages.owned(account._id, id))) throw new AppError('NOTIFY.MESSAGE_NOT_FOUND');
  return { unread: await deps.messages.unread(account._id) };
}

export async function markAllRead(_input: unknown, ctx: CallContext, deps: NotifyDeps) {
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  const marked = await deps.messages.markAllRead(account._id, ctx.now.getTime());
  return { marked, unread: 0 };
}

export async function deleteMessage(input: unknown, ctx: CallContext, deps: NotifyDeps) {
  const { id } = parseInput(MessageIdInputSchema, input);
  const { account } = await requireAccount(ctx, deps.guard, 'read');
  if ((await deps.messages.remove(account._id, id)) === 0) throw new AppError('NOTIFY.MESSAGE_NOT_FOUND');
  return { unread: await deps.messages.unread(account._id) };
}

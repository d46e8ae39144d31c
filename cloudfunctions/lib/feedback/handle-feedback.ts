import { noticeContent } from '../contract/notices/notice-text';
import { requireRole } from '../account/account-guard';
import {
  AssignFeedbackInputSchema,
  FeedbackIdInputSchema,
  ReplyFeedbackInputSchema,
} from '../contract/feedback-handling.schema';
import { AppError } from '../errors/app-error';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { FeedbackDeps } from './feedback.deps';
import type { FeedbackRecord } from './feedback.record';
import { FEEDBACK_STAFF_ROLES } from './feedback-queue';
import { identityVerified } from './identity-verified';

/** Loads feedback a staff member may act on: not their own (separation of duties, issue 15 finding 3). */
async function load(id: string, staffId: string, deps: FeedbackDeps, allowed: readonly FeedbackRecord['status'][]) {
  const record = await deps.queue.get(id);
  if (!record) throw new AppError('FEEDBACK.NOT_FOUND');
  if (record.accountId === staffId) throw new AppError('STAFF.OWN_MATTER');
  if (!allowed.includes(record.status)) throw new AppError('FEEDBACK.ILLEGAL_TRANSITION');
  return record;
}

/** received → in progress, assigned to the caller or a named colleague (re-assigning keeps it in progress). */
export async function assignFeedback(input: unknown, ctx: CallContext, deps: FeedbackDeps) {
  const { account } = await requireRole(ctx, deps, FEEDBACK_STAFF_ROLES);
  const { id, assigneeId } = parseInput(AssignFeedbackInputSchema, input);
  const record = await load(id, account._id, deps, ['received', 'in-progress']);
  // Nor is it handed to the person who wrote it.
  if (assigneeId && assigneeId === record.accountId) throw new AppError('STAFF.OWN_MATTER');
  const moved = await deps.queue.move(record, { status: 'in-progress', assigneeId: assigneeId ?? account._id });
  if (!moved) throw new AppError('FEEDBACK.ILLEGAL_TRANSITION');
  return { id, status: 'in-progress' as const };
}

/**
 * Answers: in progress → answered, and the answer goes to the person's inbox (a guest is answered
 * on the contact they left). A privacy complaint is answered only to a verified identity (§10).
 */
export async function replyFeedback(input: unknown, ctx: CallContext, deps: FeedbackDeps) {
  const { account } = await requireRole(ctx, deps, FEEDBACK_STAFF_ROLES);
  const { id, text } = parseInput(ReplyFeedbackInputSchema, input);
  const record = await load(id, account._id, deps, ['in-progress']);
  if (record.category === 'privacy' && !(await identityVerified(record, deps))) {
    throw new AppError('FEEDBACK.IDENTITY_UNVERIFIED');
  }
  const now = ctx.now.getTime();
  const reply = { text, at: now, by: account._id };
  if (!(await deps.queue.move(record, { status: 'answered', reply })))
    throw new AppError('FEEDBACK.ILLEGAL_TRANSITION');
  if (record.accountId)
    await deps.inbox.tell(
      record.accountId,
      'feedback.answered',
      noticeContent('feedback.answered', { reply: text }),
      now,
    );
  return { id, status: 'answered' as const };
}

/** answered → closed. */
export async function closeFeedback(input: unknown, ctx: CallContext, deps: FeedbackDeps) {
  const { account } = await requireRole(ctx, deps, FEEDBACK_STAFF_ROLES);
  const { id } = parseInput(FeedbackIdInputSchema, input);
  const record = await load(id, account._id, deps, ['answered']);
  if (!(await deps.queue.move(record, { status: 'closed', closedAt: ctx.now.getTime() }))) {
    throw new AppError('FEEDBACK.ILLEGAL_TRANSITION');
  }
  return { id, status: 'closed' as const };
}

import { requireRole } from '../account/account-guard';
import type { FeedbackQueueItem, FeedbackQueueOutput } from '../contract/feedback-handling';
import type { CallContext } from '../handler/call-context';
import type { FeedbackDeps } from './feedback.deps';
import type { FeedbackRecord } from './feedback.record';
import { identityVerified } from './identity-verified';

export const FEEDBACK_STAFF_ROLES = ['staff', 'admin'] as const;

/**
 * Open and answered-not-closed feedback, soonest due first. An item past its due date is escalated when the queue is read
 * (escalatedAt set once, so the first staff member to see it is who raised it).
 */
export async function feedbackQueue(ctx: CallContext, deps: FeedbackDeps): Promise<FeedbackQueueOutput> {
  const { account: staff } = await requireRole(ctx, deps, FEEDBACK_STAFF_ROLES);
  const now = ctx.now.getTime();
  const open = await deps.queue.open();
  const items: FeedbackQueueItem[] = [];
  for (const r of open) {
    // One's own feedback is handled by someone else (separation of duties).
    if (r.accountId === staff._id) continue;
    const dueAt = r.dueAt ?? r.createdAt;
    const overdue = r.status !== 'answered' && now > dueAt;
    if (overdue && !r.escalatedAt) await deps.queue.markEscalated(r._id, now);
    items.push({
      id: r._id,
      category: r.category,
      text: r.text,
      status: r.status,
      guest: r.accountId === null,
      createdAt: new Date(r.createdAt).toISOString(),
      dueAt: new Date(dueAt).toISOString(),
      escalated: overdue,
      assigneeId: r.assigneeId ?? null,
      identityVerified: await identityVerified(r, deps),
      contact: await revealContact(r, staff._id, now, deps),
    });
  }
  return { items };
}

/** A guest's sealed contact, opened for staff to answer on; every opening is audited (who read it, when). */
async function revealContact(r: FeedbackRecord, staffId: string, now: number, deps: FeedbackDeps) {
  if (!r.contact) return null;
  const contact = deps.cipher.open(r.contact, `feedback.contact:${r._id}`);
  await deps.audit.record({ at: now, actor: staffId, action: 'feedback.contact-revealed', target: r._id, details: {} });
  return contact;
}

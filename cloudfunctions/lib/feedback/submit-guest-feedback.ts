import { SAFETY_SCENES } from '../content-safety/content-safety';
import { requireSafeText } from '../content-safety/require-safe-text';
import { GuestFeedbackInputSchema } from '../contract/feedback-handling.schema';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { FeedbackDeps } from './feedback.deps';
import { newFeedback } from './new-feedback';

/**
 * Feedback from someone without an account (text only: uploads belong to accounts). The WeChat
 * identity from the cloud context is all we know of them; the optional contact is sealed at rest
 * like a phone number. Limited per identity and day like everyone's.
 */
export async function submitGuestFeedback(
  input: unknown,
  ctx: CallContext,
  deps: FeedbackDeps,
): Promise<{ id: string }> {
  const { category, text, contact } = parseInput(GuestFeedbackInputSchema, input);
  await requireSafeText(deps.safety, ctx.openid, SAFETY_SCENES.comment, { feedbackText: text, contact });
  const now = ctx.now.getTime();
  await deps.limits.take(ctx.openid, now);
  const record = newFeedback({ accountId: null, openid: ctx.openid, category, text, contact, now }, deps);
  await deps.feedback.insert(record);
  return { id: record._id };
}

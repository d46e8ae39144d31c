import { requireAccount } from '../account/account-guard';
import { FeedbackRefSchema } from '../contract/feedback.schema';
import { eraseOwnItem } from '../erasure/erase-own';
import type { ErasureDeps } from '../erasure/erasure.deps';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { FeedbackDeps } from './feedback.deps';

/**
 * Deletes one of my own feedback items with its photos and voice (policy §8.3, PIPL art. 47).
 * The owner is the signed-in account; someone else's id answers FEEDBACK.NOT_FOUND like a missing one.
 */
export async function deleteFeedback(
  input: unknown,
  ctx: CallContext,
  deps: FeedbackDeps & { erasure: ErasureDeps },
): Promise<{ id: string; files: number }> {
  const { id } = parseInput(FeedbackRefSchema, input);
  const { account } = await requireAccount(ctx, deps, 'security');
  return eraseOwnItem('feedback', id, { accountId: account._id, at: ctx.now.getTime() }, deps.erasure);
}

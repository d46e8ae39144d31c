import type { ConsentHistoryOutput } from '../contract/consent';
import { HistoryInputSchema } from '../contract/consent';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { ConsentDeps } from './consent.deps';
import { toReceipt } from './entry-body';

const DEFAULT_LIMIT = 20;

/** Each consent I gave or withdrew, newest first, with its receipt hash. */
export async function listConsentHistory(
  deps: ConsentDeps,
  input: unknown,
  ctx: CallContext,
): Promise<ConsentHistoryOutput> {
  const request = parseInput(HistoryInputSchema, input) ?? {};
  const limit = request.limit ?? DEFAULT_LIMIT;
  const entries = await deps.repository.readRecent(ctx.openid, { limit, beforeSeq: request.beforeSeq });
  const oldest = entries.at(-1);
  return {
    entries: entries.map(toReceipt),
    nextBeforeSeq: entries.length === limit && oldest && oldest.seq > 1 ? oldest.seq : null,
  };
}

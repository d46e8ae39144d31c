import type { ConsentStatusOutput } from '../contract/consent';
import { EmptyInputSchema } from '../contract/consent';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { ConsentDeps } from './consent.deps';
import { consentStatus } from './consent-status';

/** My consent now, from the head of my chain: one read, fast enough for every launch. */
export async function getConsentStatus(
  deps: ConsentDeps,
  input: unknown,
  ctx: CallContext,
): Promise<ConsentStatusOutput> {
  parseInput(EmptyInputSchema, input);
  const [catalog, head] = await Promise.all([deps.catalog(ctx.now), deps.repository.readHead(ctx.openid)]);
  return consentStatus(catalog, head);
}

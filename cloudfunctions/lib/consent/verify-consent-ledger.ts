import type { VerifyLedgerOutput } from '../contract/consent';
import { EmptyInputSchema } from '../contract/consent';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { ConsentDeps } from './consent.deps';
import { verifyChain } from './verify-chain';

/** Checks the caller's own chain end to end. Staff checks of any chain come with the staff roles. */
export async function verifyConsentLedger(
  deps: ConsentDeps,
  input: unknown,
  ctx: CallContext,
): Promise<VerifyLedgerOutput> {
  parseInput(EmptyInputSchema, input);
  const [entries, head] = await Promise.all([
    deps.repository.readChain(ctx.openid),
    deps.repository.readHead(ctx.openid),
  ]);
  return verifyChain(entries, head, deps.seal);
}

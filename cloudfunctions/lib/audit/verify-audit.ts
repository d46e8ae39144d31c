import { requireRole, type GuardDeps } from '../account/account-guard';
import type { ChainSeal } from '../chain/chain-seal';
import { EmptyInputSchema } from '../contract/consent';
import type { VerifyAuditOutput } from '../contract/audit';
import type { CallContext } from '../handler/call-context';
import { parseInput } from '../handler/parse-input';
import type { AuditRecorder } from './audit-recorder';
import type { AuditStore } from './audit-store';
import { verifyAuditChain } from './verify-audit-chain';

export interface VerifyAuditDeps extends GuardDeps {
  audit: AuditRecorder;
  auditTrail: { store: AuditStore; seal: ChainSeal };
}

/**
 * An admin checks the whole audit chain (policy §6.3.1(4)). The check is itself audited, after the
 * walk, so the answer describes the chain as it was when asked.
 */
export async function verifyAudit(input: unknown, ctx: CallContext, deps: VerifyAuditDeps): Promise<VerifyAuditOutput> {
  parseInput(EmptyInputSchema, input);
  const { account: admin } = await requireRole(ctx, deps, ['admin']);
  const { store, seal } = deps.auditTrail;
  const [entries, head] = await Promise.all([store.readChain(), store.readHead()]);
  const result = verifyAuditChain(entries, head, seal);
  await deps.audit.record({
    at: ctx.now.getTime(),
    actor: admin._id,
    action: 'audit.verified',
    target: 'audit-trail',
    details: { intact: result.intact, length: result.length, firstBrokenSeq: result.firstBrokenSeq },
  });
  return result;
}

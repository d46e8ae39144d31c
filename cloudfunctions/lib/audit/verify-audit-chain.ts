import type { ChainSeal } from '../chain/chain-seal';
import { walkChain, type ChainProblem } from '../chain/walk-chain';
import type { AuditEntry, AuditHead } from './audit-entry';
import { isAuditHashOf } from './audit-hash';

export interface AuditVerification {
  intact: boolean;
  length: number;
  /** The lowest seq with a problem (an edited, removed or unsealed entry, or the head); null when intact. */
  firstBrokenSeq: number | null;
  problems: ChainProblem[];
}

/** The audit chain checked end to end with the server's seal (chain/walk-chain.ts says what each problem means). */
export function verifyAuditChain(
  entries: readonly AuditEntry[],
  head: AuditHead | null,
  seal: ChainSeal,
): AuditVerification {
  const { sorted, problems } = walkChain(entries, head, isAuditHashOf, seal);
  const firstBrokenSeq = problems.length === 0 ? null : Math.min(...problems.map((problem) => problem.seq));
  return { intact: problems.length === 0, length: sorted.length, firstBrokenSeq, problems };
}

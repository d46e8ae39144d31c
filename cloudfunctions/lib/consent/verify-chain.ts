import type { VerifyLedgerOutput } from '../contract/consent';
import { walkChain } from '../chain/walk-chain';
import type { ChainHead, LedgerEntry } from './ledger-entry';
import { foldState } from './consent-state';
import { GENESIS_HASH } from './ledger-entry';
import { canonicalJson, isHashOf } from './ledger-hash';
import type { LedgerSeal } from './ledger-seal';

/**
 * Walks a person's chain in order (chain/walk-chain.ts: edits, removals, a cut-off end, forged
 * seals). On top of that, an intact chain whose head caches another state than its own (status
 * reads that cache) had its head edited.
 */
export function verifyChain(
  entries: readonly LedgerEntry[],
  head: ChainHead | null,
  seal?: LedgerSeal,
): VerifyLedgerOutput {
  const { sorted, problems } = walkChain(entries, head, isHashOf, seal);
  if (head && problems.length === 0 && canonicalJson(head.state) !== canonicalJson(foldState(sorted))) {
    problems.push({ seq: head.seq, kind: 'head-mismatch' });
  }
  return {
    intact: problems.length === 0,
    length: sorted.length,
    headHash: head?.hash ?? sorted.at(-1)?.hash ?? GENESIS_HASH,
    problems,
  };
}

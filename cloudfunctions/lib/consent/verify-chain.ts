import type { LedgerProblem, VerifyLedgerOutput } from '../contract/consent';
import type { ChainHead, LedgerEntry } from './ledger-entry';
import { foldState } from './consent-state';
import { GENESIS_HASH } from './ledger-entry';
import { canonicalJson, isHashOf } from './ledger-hash';
import { headSealInput, type LedgerSeal } from './ledger-seal';

/**
 * Walks a person's chain in order. An entry whose content no longer matches its hash was edited; an
 * entry whose `prevHash` is not its predecessor's hash, or a gap in the sequence, means entries were
 * removed or rewritten; a head that disagrees with the last entry means the end was cut off; an
 * intact chain whose head caches another state than its own (status reads that cache) had its head
 * edited. With the server's seal, an entry or head the function did not write — even one rewritten
 * with its hash recomputed — has no valid seal.
 */
export function verifyChain(
  entries: readonly LedgerEntry[],
  head: ChainHead | null,
  seal?: LedgerSeal,
): VerifyLedgerOutput {
  const problems: LedgerProblem[] = [];
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const entry of sorted) {
    if (entry.seq !== expectedSeq) {
      for (let missing = expectedSeq; missing < entry.seq; missing++)
        problems.push({ seq: missing, kind: 'entry-missing' });
    } else if (entry.prevHash !== prevHash) {
      problems.push({ seq: entry.seq, kind: 'link-broken' });
    }
    if (!isHashOf(entry)) problems.push({ seq: entry.seq, kind: 'entry-altered' });
    else if (seal && !seal.verify(entry.hash, entry.seal)) problems.push({ seq: entry.seq, kind: 'seal-invalid' });
    expectedSeq = entry.seq + 1;
    prevHash = entry.hash;
  }
  if (head && seal && !seal.verify(headSealInput(head), head.seal))
    problems.push({ seq: head.seq, kind: 'seal-invalid' });
  const last = sorted.at(-1);
  if (!head) {
    if (last) problems.push({ seq: last.seq, kind: 'head-missing' });
  } else if (head.seq > (last?.seq ?? 0)) {
    for (let missing = (last?.seq ?? 0) + 1; missing <= head.seq; missing++) {
      problems.push({ seq: missing, kind: 'entry-missing' });
    }
  } else if (head.seq !== last?.seq || head.hash !== last.hash) {
    problems.push({ seq: head.seq, kind: 'head-mismatch' });
  } else if (problems.length === 0 && canonicalJson(head.state) !== canonicalJson(foldState(sorted))) {
    problems.push({ seq: head.seq, kind: 'head-mismatch' });
  }
  return { intact: problems.length === 0, length: sorted.length, headHash: head?.hash ?? prevHash, problems };
}

import { GENESIS_HASH } from './genesis';
import { headSealInput, type ChainSeal } from './chain-seal';

/** What every link of a sealed hash chain carries, whatever its body. */
export interface ChainLink {
  seq: number;
  prevHash: string;
  hash: string;
  seal?: string;
}

/** The end of a chain, stored apart from the entries so that entries cut from the end show. */
export interface ChainEnd {
  seq: number;
  hash: string;
  seal?: string;
}

export type ChainProblemKind =
  'entry-altered' | 'link-broken' | 'entry-missing' | 'head-mismatch' | 'head-missing' | 'seal-invalid';

export interface ChainProblem {
  seq: number;
  kind: ChainProblemKind;
}

/**
 * Walks a chain in order. An entry whose content no longer matches its hash was edited; an entry
 * whose `prevHash` is not its predecessor's hash, or a gap in the sequence, means entries were
 * removed or rewritten; a head that disagrees with the last entry means the end was cut off. With
 * the server's seal, an entry or head the function did not write — even one rewritten with its hash
 * recomputed — has no valid seal.
 */
export function walkChain<E extends ChainLink>(
  entries: readonly E[],
  head: ChainEnd | null,
  isHashOf: (entry: E) => boolean,
  seal?: ChainSeal,
): { sorted: E[]; problems: ChainProblem[] } {
  const problems: ChainProblem[] = [];
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
  }
  return { sorted, problems };
}

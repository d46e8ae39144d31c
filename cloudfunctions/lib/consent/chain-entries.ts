import { applyEntry } from './consent-state';
import type { ChainHead, EntryBody, LedgerEntry } from './ledger-entry';
import { EMPTY_STATE, GENESIS_HASH, entryId } from './ledger-entry';
import { hashEntry } from './ledger-hash';
import { headSealInput, type LedgerSeal } from './ledger-seal';

/** Links new entries after the current head, returning them and the head that follows; sealed when a seal is given. */
export function chainEntries(
  head: ChainHead | null,
  bodies: readonly EntryBody[],
  sealer?: LedgerSeal,
): { entries: LedgerEntry[]; head: ChainHead } {
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  let state = head?.state ?? EMPTY_STATE;
  const entries: LedgerEntry[] = [];
  for (const body of bodies) {
    seq += 1;
    const linked = { ...body, seq, prevHash };
    const hash = hashEntry(linked);
    const entry: LedgerEntry = { _id: entryId(body.openid, seq), ...linked, hash };
    if (sealer) entry.seal = sealer.seal(hash);
    entries.push(entry);
    state = applyEntry(state, entry);
    prevHash = entry.hash;
  }
  const updatedAt = bodies.at(-1)?.at ?? head?.updatedAt ?? new Date(0).toISOString();
  const next: ChainHead = { seq, hash: prevHash, state, updatedAt };
  if (sealer) next.seal = sealer.seal(headSealInput(next));
  return { entries, head: next };
}

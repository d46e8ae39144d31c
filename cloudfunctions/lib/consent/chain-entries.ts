import { applyEntry } from './consent-state';
import type { ChainHead, EntryBody, LedgerEntry } from './ledger-entry';
import { EMPTY_STATE, GENESIS_HASH, entryId } from './ledger-entry';
import { hashEntry } from './ledger-hash';

/** Links new entries after the current head, returning them and the head that follows. */
export function chainEntries(
  head: ChainHead | null,
  bodies: readonly EntryBody[],
): { entries: LedgerEntry[]; head: ChainHead } {
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  let state = head?.state ?? EMPTY_STATE;
  const entries: LedgerEntry[] = [];
  for (const body of bodies) {
    seq += 1;
    const linked = { ...body, seq, prevHash };
    const entry: LedgerEntry = { _id: entryId(body.openid, seq), ...linked, hash: hashEntry(linked) };
    entries.push(entry);
    state = applyEntry(state, entry);
    prevHash = entry.hash;
  }
  const updatedAt = bodies.at(-1)?.at ?? head?.updatedAt ?? new Date(0).toISOString();
  return { entries, head: { seq, hash: prevHash, state, updatedAt } };
}

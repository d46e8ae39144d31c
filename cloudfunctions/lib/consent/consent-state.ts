import type { ConsentState, LedgerEntry } from './ledger-entry';
import { EMPTY_STATE } from './ledger-entry';

/** The state after one more entry: the latest decision about its subject replaces the earlier one. */
export function applyEntry(state: ConsentState, entry: LedgerEntry): ConsentState {
  const { subject } = entry;
  const decision = {
    action: entry.action,
    version: subject.version,
    sha256: subject.sha256,
    at: entry.at,
    seq: entry.seq,
  };
  if (subject.kind === 'document') {
    return { ...state, documents: { ...state.documents, [subject.documentId]: decision } };
  }
  return { ...state, sensitive: { ...state.sensitive, [subject.purpose]: decision } };
}

export function foldState(entries: readonly LedgerEntry[]): ConsentState {
  return entries.reduce(applyEntry, EMPTY_STATE);
}

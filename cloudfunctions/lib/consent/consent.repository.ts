import type { ChainHead, LedgerEntry } from './ledger-entry';

/** The append-only ledger of one person's consent decisions, and the head of their chain. */
export interface ConsentRepository {
  readHead(openid: string): Promise<ChainHead | null>;
  /**
   * Appends entries after the current head, atomically with moving the head. `link` receives the
   * head read inside the same transaction, so two concurrent appends can never fork the chain.
   */
  append(
    openid: string,
    link: (head: ChainHead | null) => { entries: LedgerEntry[]; head: ChainHead },
  ): Promise<LedgerEntry[]>;
  /** Newest first, optionally only entries before a sequence number. */
  readRecent(openid: string, options: { limit: number; beforeSeq?: number }): Promise<LedgerEntry[]>;
  /** The whole chain, oldest first. */
  readChain(openid: string): Promise<LedgerEntry[]>;
}

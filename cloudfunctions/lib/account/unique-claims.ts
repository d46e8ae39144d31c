import type { QueryStore } from '../infra/query-store';

/**
 * One document per thing that must be unique, its `_id` the thing itself (`document:<blind index>`,
 * `grant-pending:<agent>:<enterprise>`, `privacy-open:<account>:<slot>`). CloudBase keeps `_id`
 * unique in every collection, so the insert is the check: of any number of parallel claims exactly
 * one is written and the others get the duplicate-key error (DATABASE_DUPLICATE_WRITE,
 * docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE). A unique index on the records themselves
 * would not do: MongoDB indexes a missing or null field as null, so a second closed account (no
 * document any more) or a second decided grant would be refused.
 */
export interface ClaimRecord {
  _id: string;
  /** What holds the claim: an account id, a grant id, a privacy request id. */
  holder: string;
  claimedAt: number;
}

/** Whether the holder of a claim no longer needs it (the account closed, the grant decided). */
export type IsStale = (claim: ClaimRecord) => Promise<boolean>;

/**
 * A claim is taken before the record it holds for is written; a holder whose record is missing is
 * only stale once the writer has had time to finish (or has died): a function runs 60 s at most.
 */
export const ABANDONED_AFTER_MS = 120_000;

export function uniqueClaims(store: QueryStore<ClaimRecord>) {
  return {
    /**
     * True when `holder` now holds `key`. A stale claim is taken over by a conditional update on
     * the old holder, so of two callers taking over the same stale claim only one succeeds.
     */
    async claim(key: string, holder: string, now: number, isStale: IsStale): Promise<boolean> {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        if (await store.insertUnique({ _id: key, holder, claimedAt: now })) return true;
        const current = await store.get(key);
        if (!current) continue; // released between our insert and our read: try once more
        if (current.holder === holder) return true;
        if (!(await isStale(current))) return false;
        return (await store.updateWhere({ _id: key, holder: current.holder }, { holder, claimedAt: now })) === 1;
      }
      return false;
    },
    /** Gives up `key` if `holder` still holds it. */
    async release(key: string, holder: string): Promise<void> {
      await store.removeWhere({ _id: key, holder });
    },
    holderOf: async (key: string) => (await store.get(key))?.holder ?? null,
  };
}

export type UniqueClaims = ReturnType<typeof uniqueClaims>;

export const documentClaim = (documentIndex: string) => `document:${documentIndex}`;
export const pendingGrantClaim = (agentId: string, enterpriseId: string) => `grant-pending:${agentId}:${enterpriseId}`;
export const openPrivacySlot = (accountId: string, slot: number) => `privacy-open:${accountId}:${slot}`;

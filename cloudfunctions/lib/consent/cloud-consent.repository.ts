import { AppError } from '../errors/app-error';
import { database } from '../infra/cloud';
import { found, isConflict } from '../infra/chain-append';
import { COLLECTIONS } from '../infra/collections';
import type { ConsentRepository } from './consent.repository';
import type { ChainHead, LedgerEntry } from './ledger-entry';

/** The SDK caps a read at 1000 documents. */
const PAGE = 1000;

/** Appends that lose a race are rerun against the new head, this many times in all. */
const ATTEMPTS = 4;

/** The ledger on the cloud database: entries in `consents`, one head per person in `consent_heads`. */
export function cloudConsentRepository(): ConsentRepository {
  const db = database();
  const entries = () => db.collection(COLLECTIONS.consents);
  const heads = () => db.collection(COLLECTIONS.consentHeads);

  return {
    async readHead(openid) {
      return stripId(found<(ChainHead & { _id?: string }) | null>(await heads().doc(openid).get()));
    },

    async append(openid, link) {
      for (let attempt = 1; ; attempt++) {
        try {
          return (await db.runTransaction(async (tx: TransactionLike) => {
            const { data } = await tx.collection(COLLECTIONS.consentHeads).doc(openid).get();
            const next = link(stripId((data ?? null) as (ChainHead & { _id?: string }) | null));
            for (const entry of next.entries) await tx.collection(COLLECTIONS.consents).add({ data: entry });
            await tx.collection(COLLECTIONS.consentHeads).doc(openid).set({ data: next.head });
            return next.entries;
          })) as LedgerEntry[];
        } catch (error) {
          if (error instanceof AppError || !isConflict(error)) throw error;
          if (attempt >= ATTEMPTS) throw new AppError('CONSENT.LEDGER_BUSY');
        }
      }
    },

    async readRecent(openid, { limit, beforeSeq }) {
      const _ = db.command;
      const where = beforeSeq === undefined ? { openid } : { openid, seq: _.lt(beforeSeq) };
      return found<LedgerEntry[]>(await entries().where(where).orderBy('seq', 'desc').limit(limit).get());
    },

    async readChain(openid) {
      const all: LedgerEntry[] = [];
      for (;;) {
        const page = entries().where({ openid }).orderBy('seq', 'asc').skip(all.length).limit(PAGE);
        const data = found<LedgerEntry[]>(await page.get());
        all.push(...data);
        if (data.length < PAGE) return all;
      }
    },
  };
}

/** The part of the SDK's transaction object this repository uses (its typings declare `any`). */
interface TransactionLike {
  collection(name: string): {
    doc(id: string): { get(): Promise<{ data: unknown }>; set(options: { data: object }): Promise<unknown> };
    add(options: { data: object }): Promise<unknown>;
  };
}

function stripId(doc: (ChainHead & { _id?: string }) | null): ChainHead | null {
  if (!doc) return null;
  const { _id: _ignored, ...head } = doc;
  return head;
}

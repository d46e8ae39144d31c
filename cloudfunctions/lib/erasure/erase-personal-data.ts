import type { ErasableData, ErasureOutcome } from '../contract/privacy';
import { COLLECTIONS } from '../infra/collections';
import { eraseRecords } from './erase-records';
import type { ErasureDeps, ErasureReason, StoredDoc } from './erasure.deps';
import { holdingsOf, keptByLaw } from './personal-data';
import { isAttached, requestAttachments } from './request-attachments';

/** Documents read per round; each round's stored files go in calls of at most 50. */
const ROUND = 50;
/** Uploads are read at the SDK's cap: attachments kept in every read must not hide the rest. */
const FILES_READ = 1000;

export interface ErasureCall {
  accountId: string;
  data: readonly ErasableData[];
  reason: ErasureReason;
  /** Who asked (an admin deciding, `system` for the timer) and on what (request or account id). */
  actor: string;
  target: string;
  at: number;
}

/**
 * Erases the person's records of each kind named, in every collection that holds that kind
 * (personal-data.ts), with the stored files they name; uploads attached to a submitted application
 * stay with it. Writes one audit entry with counts only, and answers with what was erased and what
 * the law keeps, in the words of the retention table.
 */
export async function erasePersonalData(call: ErasureCall, deps: ErasureDeps): Promise<ErasureOutcome> {
  const attached = call.data.includes('uploads') ? await requestAttachments(call.accountId, deps) : new Set<string>();
  const erased: ErasureOutcome['erased'] = [];
  for (const data of new Set(call.data)) {
    const total = { data, records: 0, files: 0 };
    for (const { collection, owner, withStorage } of holdingsOf(data)) {
      const store = deps.collection(collection);
      // Rounds until a round finds nothing more to erase (kept attachments stay in every read).
      for (;;) {
        const limit = collection === COLLECTIONS.files ? FILES_READ : ROUND;
        const found: StoredDoc[] = await store.find({ [owner]: call.accountId }, limit);
        const docs = collection === COLLECTIONS.files ? found.filter((f) => !isAttached(f, attached)) : found;
        if (docs.length === 0) break;
        const done = await eraseRecords(collection, docs, withStorage, deps);
        total.records += done.records;
        total.files += done.files;
        if (found.length < limit || done.records === 0) break;
      }
    }
    erased.push(total);
  }
  await deps.audit.record({
    at: call.at,
    actor: call.actor,
    action: 'privacy.erased',
    target: call.target,
    subject: call.accountId,
    details: {
      reason: call.reason,
      data: [...new Set(call.data)].join(','),
      records: erased.reduce((n, e) => n + e.records, 0),
      files: erased.reduce((n, e) => n + e.files, 0),
    },
  });
  return { erased, kept: keptByLaw() };
}

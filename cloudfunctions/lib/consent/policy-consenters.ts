import type { database } from '../infra/cloud';
import { COLLECTIONS } from '../infra/collections';

/** Who agreed to a document version, for notices to them: the consent context owns the ledger. */
export type PolicyConsenters = (
  documentId: string,
  version: string,
  after: string | null,
  limit: number,
) => Promise<string[]>;

/** The openids of grant entries for the version, in openid order after `after` (repeats when granted twice). */
export function policyConsenters(db: ReturnType<typeof database>): PolicyConsenters {
  const _ = db.command;
  return async (documentId, version, after, limit) => {
    const r = (await db
      .collection(COLLECTIONS.consents)
      .where({
        action: 'grant',
        'subject.kind': 'document',
        'subject.documentId': documentId,
        'subject.version': version,
        ...(after ? { openid: _.gt(after) } : {}),
      })
      .orderBy('openid', 'asc')
      .field({ openid: true })
      .limit(limit)
      .get()) as { data?: { openid: string }[] };
    return (r.data ?? []).map((x) => x.openid);
  };
}

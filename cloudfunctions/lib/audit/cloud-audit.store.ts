import { database } from '../infra/cloud';
import { found, isConflict } from '../infra/chain-append';
import { COLLECTIONS } from '../infra/collections';
import { AUDIT_HEAD_ID, type AuditEntry, type AuditHead } from './audit-entry';
import { AuditHeadMoved, type AuditStore } from './audit-store';

/** The SDK's database: the function's own, or one the staff console opened with the operator's credentials. */
export type CloudDatabase = ReturnType<typeof database>;

/** The SDK caps a read at 1000 documents. */
const PAGE = 1000;

/** The part of the SDK's transaction object this store uses (its typings declare `any`). */
interface TransactionLike {
  collection(name: string): {
    doc(id: string): { get(): Promise<{ data: unknown }>; set(options: { data: object }): Promise<unknown> };
    add(options: { data: object }): Promise<unknown>;
  };
}

function asHead(doc: unknown): AuditHead | null {
  if (!doc) return null;
  const { _id: _ignored, ...head } = doc as AuditHead & { _id?: string };
  return head;
}

/**
 * The audit chain on the cloud database. Each append is one transaction: read the head, add the
 * entry, set the head. CloudBase transactions are optimistic, so of two writers that read the same
 * head only one commits; the other fails with a conflict (or on the entry id both chose). The SDK
 * reruns a conflicting transaction itself (default 3 times, conflicts only) and allows only
 * single-record operations inside it — doc().get, add, doc().set here — per
 * developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/database/Database.runTransaction.md;
 * past that the recorder links again after a pause (audit-recorder.ts). `db` is injected for the
 * staff console (scripts/staff), which appends the first admin's entry with its own connection.
 */
export function cloudAuditStore(db: CloudDatabase = database()): AuditStore {
  const entries = () => db.collection(COLLECTIONS.auditLog);
  const _ = db.command;

  return {
    async append(link) {
      try {
        return (await db.runTransaction(async (tx: TransactionLike) => {
          const { data } = await tx.collection(COLLECTIONS.auditHeads).doc(AUDIT_HEAD_ID).get();
          const next = link(asHead(data ?? null));
          await tx.collection(COLLECTIONS.auditLog).add({ data: next.entry });
          await tx.collection(COLLECTIONS.auditHeads).doc(AUDIT_HEAD_ID).set({ data: next.head });
          return next.entry;
        })) as AuditEntry;
      } catch (error) {
        if (isConflict(error)) throw new AuditHeadMoved();
        throw error;
      }
    },

    async readHead() {
      return asHead(found<unknown>(await db.collection(COLLECTIONS.auditHeads).doc(AUDIT_HEAD_ID).get()));
    },

    async readChain() {
      const all: AuditEntry[] = [];
      for (;;) {
        const page = entries()
          .where({ seq: _.gt(0) })
          .orderBy('seq', 'asc')
          .skip(all.length)
          .limit(PAGE);
        const data = found<AuditEntry[]>(await page.get());
        all.push(...data);
        if (data.length < PAGE) return all;
      }
    },

    async readAboutSubject(subject, limit) {
      return found<AuditEntry[]>(await entries().where({ subject }).orderBy('seq', 'desc').limit(limit).get());
    },
  };
}

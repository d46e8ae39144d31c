import * as v from 'valibot';
import { NoticeTextSchema } from '../contract/notices/notice-text';
import { isDuplicateKey } from '../infra/duplicate-key';
import { COLLECTIONS } from '../infra/collections';
import type { MessageRecord } from './notify.records';
import { list, removed, total, updated, type NotifyDb } from './notify-db';

/**
 * A notice's key and parameters are checked as they are stored (every writer comes through here): the
 * inbox of every client reads them back. A bad one is a bug in the caller, so it throws.
 */
function checked(message: MessageRecord): MessageRecord {
  if (message.text) v.parse(NoticeTextSchema, message.text);
  return message;
}

/** The inbox (`messages`): every query here is served by an index on accountId [+ createdAt | readAt]. */
export function messageRepository(db: NotifyDb) {
  const col = () => db.collection(COLLECTIONS.messages);
  const _ = db.command;
  const repo = {
    async insert(message: MessageRecord): Promise<'inserted' | 'exists'> {
      try {
        await col().add({ data: checked(message) });
        return 'inserted';
      } catch (error) {
        if (isDuplicateKey(error)) return 'exists';
        throw error;
      }
    },
    /** Many at once; when some exist already (a resumed job), the rest one by one. */
    async insertMany(messages: readonly MessageRecord[]): Promise<void> {
      if (messages.length === 0) return;
      try {
        await col().add({ data: messages.map(checked) });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        for (const m of messages) await repo.insert(m);
      }
    },
    async page(accountId: string, before: { createdAt: number; id: string } | undefined, limit: number) {
      // accountId outside the $or, so the (accountId, createdAt) index narrows the read.
      const where = before
        ? _.and([
            { accountId },
            _.or([{ createdAt: _.lt(before.createdAt) }, { createdAt: before.createdAt, _id: _.lt(before.id) }]),
          ])
        : { accountId };
      return list<MessageRecord>(
        await col().where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(limit).get(),
      );
    },
    unread: async (accountId: string): Promise<number> => total(await col().where({ accountId, readAt: null }).count()),
    markRead: async (accountId: string, id: string, now: number): Promise<number> =>
      updated(
        await col()
          .where({ _id: id, accountId, readAt: null })
          .update({ data: { readAt: now } }),
      ),
    markAllRead: async (accountId: string, now: number): Promise<number> =>
      updated(
        await col()
          .where({ accountId, readAt: null })
          .update({ data: { readAt: now } }),
      ),
    owned: async (accountId: string, id: string): Promise<boolean> =>
      list(await col().where({ _id: id, accountId }).limit(1).field({ _id: true }).get()).length > 0,
    remove: async (accountId: string, id: string): Promise<number> =>
      removed(await col().where({ _id: id, accountId }).remove()),
  };
  return repo;
}

export type MessageRepository = ReturnType<typeof messageRepository>;

import { found } from '../infra/chain-append';
import { database } from '../infra/cloud';
import { COLLECTIONS } from '../infra/collections';
import { isDuplicateKey } from '../infra/duplicate-key';
import type { LinkedAccountRecord, LinkedRepository, LinkStateRecord } from './linked.records';

/** A person links a handful of outside accounts at most. */
const MAX_LINKED = 100;

interface Removed {
  stats?: { removed?: number };
}

export function cloudLinkedRepository(): LinkedRepository {
  const db = database();
  const linked = () => db.collection(COLLECTIONS.linkedAccounts);
  const states = () => db.collection(COLLECTIONS.linkStates);
  const one = async <T>(rows: unknown) => found<T[]>(rows)[0] ?? null;

  return {
    async bind(record) {
      try {
        await linked().add({ data: record });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    linked: async (id) => one<LinkedAccountRecord>(await linked().where({ _id: id }).limit(1).get()),
    async linkedOf(accountId) {
      return found<LinkedAccountRecord[]>(await linked().where({ accountId }).limit(MAX_LINKED).get());
    },
    async unbind(id) {
      await linked().doc(id).remove();
    },
    async putState(state) {
      await states().add({ data: state });
    },
    async takeState(id) {
      const state = await one<LinkStateRecord>(await states().where({ _id: id }).limit(1).get());
      if (!state) return null;
      const removed = (await states().doc(id).remove()) as Removed;
      return removed.stats?.removed === 1 ? state : null;
    },
  };
}

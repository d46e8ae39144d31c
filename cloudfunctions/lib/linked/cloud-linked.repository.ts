import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import type { LinkedAccountRecord, LinkedRepository, LinkStateRecord } from './linked.records';

/** A person links a handful of outside accounts at most. */
const MAX_LINKED = 100;

export function cloudLinkedRepository(): LinkedRepository {
  const linked = queryStore<LinkedAccountRecord>(COLLECTIONS.linkedAccounts);
  const states = queryStore<LinkStateRecord>(COLLECTIONS.linkStates);

  return {
    // The binding's fixed _id (issuer + sub) makes the database refuse a second binding.
    bind: (record) => linked.insertUnique(record),
    linked: (id) => linked.get(id),
    linkedOf: (accountId) => linked.find({ accountId }, MAX_LINKED),
    async unbind(id) {
      await linked.remove(id);
    },
    putState: (state) => states.insert(state),
    async takeState(id) {
      const state = await states.get(id);
      if (!state) return null;
      // Of two callbacks taking one state, only the one whose remove counted gets it.
      return (await states.remove(id)) === 1 ? state : null;
    },
  };
}

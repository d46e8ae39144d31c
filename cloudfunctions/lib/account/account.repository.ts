import { lt, type DocumentStore, type QueryStore } from '../infra/query-store';
import { isDuplicateKey } from '../infra/duplicate-key';
import type { AccountRecord, BindingRecord } from './account.record';

export function accountRepository(
  store: DocumentStore<AccountRecord> & Pick<QueryStore<AccountRecord>, 'updateWhere'>,
) {
  const first = async (where: Partial<Record<keyof AccountRecord, unknown>>) => (await store.find(where, 1))[0] ?? null;
  return {
    get: (id: string) => store.get(id),
    findByName: (accountName: string) => first({ accountName }),
    findByDocumentIndex: (documentIndex: string) => first({ documentIndex }),
    insert: (record: AccountRecord) => store.insert(record),
    /** False when the unique index on `accountName` already holds the name. */
    async insertUnique(record: AccountRecord): Promise<boolean> {
      try {
        await store.insert(record);
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    /** Only to undo a registration that lost a race: the account was never used. */
    remove: (id: string) => store.remove(id),
    update: (id: string, patch: Partial<Omit<AccountRecord, '_id'>>) => store.update(id, patch),
    /**
     * Marks a second-factor time step used, only if it is later than the last one used: of two
     * parallel calls with one code, one write matches and the other finds nothing to update
     * (Collection.update: `stats.updated` counts the records updated; localcloud/PARITY.md).
     */
    async useFactorStep(id: string, step: number): Promise<boolean> {
      return (await store.updateWhere({ _id: id, staffFactorLastStep: lt(step) }, { staffFactorLastStep: step })) === 1;
    },
    pendingCancellations: () => store.find({ cancellationPending: true }, 1000),
  };
}

export type AccountRepository = ReturnType<typeof accountRepository>;

export function bindingRepository(store: DocumentStore<BindingRecord>) {
  return {
    get: (openid: string) => store.get(openid),
    put: (binding: BindingRecord) => store.put(binding),
    /** Binds only if the WeChat identity is free: the openid is the `_id`, so parallel claims get one winner. */
    async claim(binding: BindingRecord): Promise<boolean> {
      try {
        await store.insert(binding);
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    remove: (openid: string) => store.remove(openid),
  };
}

export type BindingRepository = ReturnType<typeof bindingRepository>;

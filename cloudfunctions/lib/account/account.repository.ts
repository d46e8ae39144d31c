import type { DocumentStore } from '../infra/document-store';
import type { AccountRecord, BindingRecord } from './account.record';

export function accountRepository(store: DocumentStore<AccountRecord>) {
  const first = async (where: Partial<Record<keyof AccountRecord, unknown>>) => (await store.find(where, 1))[0] ?? null;
  return {
    get: (id: string) => store.get(id),
    findByName: (accountName: string) => first({ accountName }),
    findByDocumentIndex: (documentIndex: string) => first({ documentIndex }),
    insert: (record: AccountRecord) => store.insert(record),
    update: (id: string, patch: Partial<Omit<AccountRecord, '_id'>>) => store.update(id, patch),
    pendingCancellations: () => store.find({ cancellationPending: true }, 1000),
  };
}

export type AccountRepository = ReturnType<typeof accountRepository>;

export function bindingRepository(store: DocumentStore<BindingRecord>) {
  return {
    get: (openid: string) => store.get(openid),
    put: (binding: BindingRecord) => store.put(binding),
    remove: (openid: string) => store.remove(openid),
  };
}

export type BindingRepository = ReturnType<typeof bindingRepository>;

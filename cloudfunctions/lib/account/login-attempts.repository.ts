import type { DocumentStore } from '../infra/query-store';
import type { LoginAttemptRecord } from './account.record';
import { emptyAttempts } from './login-throttle';

export const accountKey = (accountName: string) => `account:${accountName}`;
export const openidKey = (openid: string) => `openid:${openid}`;

export function loginAttemptsRepository(store: DocumentStore<LoginAttemptRecord>) {
  return {
    load: async (id: string) => (await store.get(id)) ?? emptyAttempts(id),
    save: (record: LoginAttemptRecord) => store.put(record),
  };
}

export type LoginAttemptsRepository = ReturnType<typeof loginAttemptsRepository>;

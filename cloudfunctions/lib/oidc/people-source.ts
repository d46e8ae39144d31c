import { accountRepository } from '../account/account.repository';
import type { AccountRecord } from '../account/account.record';
import { sensitiveFields } from '../account/sensitive-fields';
import { createFieldCipher } from '../crypto/field-cipher';
import { loadCryptoKeys } from '../crypto/keys';
import { enterpriseRepository } from '../enterprise/enterprise.repository';
import type { EnterpriseRecord } from '../enterprise/enterprise.record';
import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import type { PersonSource } from './oidc.deps';

/**
 * The person's data on the cloud database, opened with the field keys (QYB_FIELD_KEY,
 * QYB_INDEX_KEY). Enterprises: those the person is the legal representative of; the ones they
 * act for through an agent grant are not included yet.
 */
export function cloudPersonSource(env: Record<string, string | undefined>): PersonSource {
  const keys = loadCryptoKeys(env);
  const fields = sensitiveFields(createFieldCipher(keys), keys.indexKey);
  const accounts = accountRepository(queryStore<AccountRecord>(COLLECTIONS.accounts));
  const enterprises = enterpriseRepository(queryStore<EnterpriseRecord>(COLLECTIONS.enterprises));
  const live = async (id: string) => {
    const account = await accounts.get(id);
    return account && account.closedAt === null ? account : null;
  };
  return {
    async person(accountId) {
      const account = await live(accountId);
      if (!account) return null;
      return {
        accountName: account.accountName,
        realName: account.realName ? fields.open('realName', account._id, account.realName) : '',
        verificationLevel: account.verificationLevel,
        mobile: account.mobileNumber ? fields.open('mobileNumber', account._id, account.mobileNumber) : null,
      };
    },
    async enterprises(accountId) {
      const account = await live(accountId);
      if (!account?.documentIndex) return [];
      const found = await enterprises.byLegalRepresentative(account.documentIndex);
      return found.map((e) => ({ name: e.name, uscc: e.uscc, role: 'representative' as const }));
    },
  };
}

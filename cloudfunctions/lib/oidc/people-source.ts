import { accountRepository } from '../account/account.repository';
import type { AccountRecord } from '../account/account.record';
import { sensitiveFields } from '../account/sensitive-fields';
import { shanghaiDate } from '../contract/shanghai-date';
import { createFieldCipher } from '../crypto/field-cipher';
import { loadCryptoKeys } from '../crypto/keys';
import { isCurrent } from '../enterprise/acting-for';
import { enterpriseRepository, grantRepository } from '../enterprise/enterprise.repository';
import type { EnterpriseRecord, GrantRecord } from '../enterprise/enterprise.record';
import { COLLECTIONS } from '../infra/collections';
import { queryStore } from '../infra/query-store';
import type { PersonSource } from './oidc.deps';

/**
 * The person's data on the cloud database, opened with the field keys (QYB_FIELD_KEY,
 * QYB_INDEX_KEY). Enterprises: those the person is the legal representative of, then those they
 * act for through an agent grant approved by staff and valid today (Asia/Shanghai), as in requests.
 */
export function cloudPersonSource(env: Record<string, string | undefined>): PersonSource {
  const keys = loadCryptoKeys(env);
  const fields = sensitiveFields(createFieldCipher(keys), keys.indexKey);
  const accounts = accountRepository(queryStore<AccountRecord>(COLLECTIONS.accounts));
  const enterprises = enterpriseRepository(queryStore<EnterpriseRecord>(COLLECTIONS.enterprises));
  const grants = grantRepository(queryStore<GrantRecord>(COLLECTIONS.agentGrants));
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
    async enterprises(accountId, now) {
      const account = await live(accountId);
      if (!account) return [];
      const represented = account.documentIndex ? await enterprises.byLegalRepresentative(account.documentIndex) : [];
      const today = shanghaiDate(now);
      const acting = (await grants.ofAgent(accountId)).filter((g) => isCurrent(g, today));
      // One entry per enterprise: representing it wins over acting for it; several grants count once.
      const byUscc = new Map<string, { name: string; uscc: string; role: 'representative' | 'agent' }>();
      for (const g of acting)
        byUscc.set(g.enterpriseUscc, { name: g.enterpriseName, uscc: g.enterpriseUscc, role: 'agent' });
      for (const e of represented) byUscc.set(e.uscc, { name: e.name, uscc: e.uscc, role: 'representative' });
      return [...byUscc.values()];
    },
  };
}

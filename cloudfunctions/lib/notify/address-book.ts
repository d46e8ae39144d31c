import type { AccountRecord } from '../account/account.record';
import { sensitiveFields, type SensitiveFields } from '../account/sensitive-fields';
import { createFieldCipher } from '../crypto/field-cipher';
import { loadCryptoKeys } from '../crypto/keys';

export interface Addresses {
  sms: string | null;
  email: string | null;
}

export type AddressBook = (account: AccountRecord) => Addresses;

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

/**
 * Where a person can be reached besides WeChat: the mobile number given at registration and the
 * contact field when it holds an email address. Both are sealed; without the keys nobody gets SMS
 * or email rather than the function failing.
 */
export function addressBook(env: Record<string, string | undefined> = process.env): AddressBook {
  let fields: SensitiveFields | null | undefined;
  const open = (): SensitiveFields | null => {
    if (fields !== undefined) return fields;
    try {
      const keys = loadCryptoKeys(env);
      fields = sensitiveFields(createFieldCipher(keys), keys.indexKey);
    } catch {
      fields = null;
    }
    return fields;
  };
  return (account) => {
    const f = open();
    if (!f) return { sms: null, email: null };
    const read = (field: 'mobileNumber' | 'contact'): string | null => {
      const sealed = account[field];
      if (!sealed) return null;
      try {
        return f.open(field, account._id, sealed);
      } catch {
        return null;
      }
    };
    const mobile = read('mobileNumber');
    const contact = read('contact');
    return {
      sms: mobile && account.mobileCountryCode ? `${account.mobileCountryCode}${mobile}` : null,
      email: contact && EMAIL.test(contact) ? contact : null,
    };
  };
}

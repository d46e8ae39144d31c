import type { AccountRecord } from '../account/account.record';
import { sensitiveFields, type SensitiveFields } from '../account/sensitive-fields';
import { createFieldCipher } from '../crypto/field-cipher';
import { loadCryptoKeys } from '../crypto/keys';

export interface Addresses {
  sms: string | null;
  email: string | null;
}

export type AddressBook = (account: AccountRecord) => Addresses;

/**
 * Where a failure to open the keys or a sealed address is kept (default: the function's log, as
 * JSON lines like the handler's). Without it a missing key or a corrupt field silently meant "no
 * SMS, no email" and nobody learned why. Only the field name and the error's name are kept: the
 * message of a decryption error may echo sealed input.
 */
export type AddressFailureReport = (failure: { stage: 'keys' | 'open'; field?: string; error: string }) => void;
const toLog: AddressFailureReport = (failure) =>
  console.error(JSON.stringify({ level: 'warn', context: 'notify.address-book', ...failure }));
const nameOf = (error: unknown): string => (error instanceof Error ? error.name : typeof error);

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

/**
 * Where a person can be reached besides WeChat: the mobile number given at registration and the
 * contact field when it holds an email address. Both are sealed; without the keys nobody gets SMS
 * or email rather than the function failing.
 */
export function addressBook(
  env: Record<string, string | undefined> = process.env,
  report: AddressFailureReport = toLog,
): AddressBook {
  let fields: SensitiveFields | null | undefined;
  const open = (): SensitiveFields | null => {
    if (fields !== undefined) return fields;
    try {
      const keys = loadCryptoKeys(env);
      fields = sensitiveFields(createFieldCipher(keys), keys.indexKey);
    } catch (error) {
      report({ stage: 'keys', error: nameOf(error) });
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
      } catch (error) {
        report({ stage: 'open', field, error: nameOf(error) });
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

import { randomBytes } from 'node:crypto';
import type { AccountRecord } from '../../../../../cloudfunctions/lib/account/account.record';
import { sensitiveFields } from '../../../../../cloudfunctions/lib/account/sensitive-fields';
import { createFieldCipher } from '../../../../../cloudfunctions/lib/crypto/field-cipher';
import { loadCryptoKeys } from '../../../../../cloudfunctions/lib/crypto/keys';
import { addressBook, type AddressFailureReport } from '../../../../../cloudfunctions/lib/notify/address-book';

const key = () => randomBytes(32).toString('base64');
const env = { QYB_FIELD_KEY: key(), QYB_INDEX_KEY: key() };
const keys = loadCryptoKeys(env);
const fields = sensitiveFields(createFieldCipher(keys), keys.indexKey);

function account(id: string, patch: Partial<AccountRecord>): AccountRecord {
  return { _id: id, mobileCountryCode: '+853', mobileNumber: null, contact: null, ...patch } as AccountRecord;
}

function recorder(): { report: AddressFailureReport; seen: Parameters<AddressFailureReport>[0][] } {
  const seen: Parameters<AddressFailureReport>[0][] = [];
  return { seen, report: (failure) => void seen.push(failure) };
}

describe('addressBook', () => {
  it('opens the sealed mobile number and email without reporting anything', () => {
    const { seen, report } = recorder();
    const person = account('a1', {
      mobileNumber: fields.seal('mobileNumber', 'a1', '66123456'),
      contact: fields.seal('contact', 'a1', 'li@example.mo'),
    });
    expect(addressBook(env, report)(person)).toEqual({ sms: '+85366123456', email: 'li@example.mo' });
    expect(seen).toEqual([]);
  });

  it('reports a sealed field that does not open instead of dropping it silently', () => {
    const { seen, report } = recorder();
    // Sealed for another account: bound to its id, so it must not open here.
    const person = account('a2', { mobileNumber: fields.seal('mobileNumber', 'other', '66123456') });
    expect(addressBook(env, report)(person)).toEqual({ sms: null, email: null });
    expect(seen).toEqual([{ stage: 'open', field: 'mobileNumber', error: expect.any(String) }]);
  });

  it('reports missing keys once, and reaches nobody by SMS or email', () => {
    const { seen, report } = recorder();
    const book = addressBook({}, report);
    const person = account('a3', { mobileNumber: fields.seal('mobileNumber', 'a3', '66123456') });
    expect(book(person)).toEqual({ sms: null, email: null });
    expect(book(person)).toEqual({ sms: null, email: null });
    expect(seen).toEqual([{ stage: 'keys', error: 'Error' }]);
  });
});

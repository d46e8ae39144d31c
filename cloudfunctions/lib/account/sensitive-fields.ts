import type { DocumentType } from '../contract/identity-document';
import type { MobileCountryCode } from '../contract/mobile-number';
import { blindIndex } from '../crypto/blind-index';
import type { FieldCipher, Sealed } from '../crypto/field-cipher';
import { documentIndexKey } from './document-index-key';

export type SealedField =
  'realName' | 'documentNumber' | 'birthDate' | 'mobileNumber' | 'address' | 'contact' | 'staffFactorSecret';

/**
 * Seals an account's sensitive fields bound to the account id and field name, so a sealed value
 * moved to another account or field does not open; computes the lookup indexes.
 */
export function sensitiveFields(cipher: FieldCipher, indexKey: Buffer) {
  const context = (field: SealedField, accountId: string) => `accounts.${field}:${accountId}`;
  return {
    seal: (field: SealedField, accountId: string, value: string): Sealed =>
      cipher.seal(value, context(field, accountId)),
    open: (field: SealedField, accountId: string, sealed: Sealed): string =>
      cipher.open(sealed, context(field, accountId)),
    documentIndex: (type: DocumentType, number: string) =>
      blindIndex(indexKey, 'document', documentIndexKey(type, number)),
    mobileIndex: (countryCode: MobileCountryCode, number: string) =>
      blindIndex(indexKey, 'mobile', countryCode + number),
  };
}

export type SensitiveFields = ReturnType<typeof sensitiveFields>;

import type { FormValues } from '../contract/matter-form';
import type { FieldCipher, Sealed } from '../crypto/field-cipher';

export type RequestSealedField = 'form' | 'deliveryContact' | 'deliveryMobileNumber' | 'deliveryAddress';

/** Request fields sealed to the request id and field name: a value moved elsewhere does not open. */
export function requestSeal(cipher: FieldCipher, requestId: string) {
  const context = (field: RequestSealedField) => `service_requests.${field}:${requestId}`;
  return {
    seal: (field: RequestSealedField, value: string): Sealed => cipher.seal(value, context(field)),
    open: (field: RequestSealedField, sealed: Sealed): string => cipher.open(sealed, context(field)),
    sealForm: (form: FormValues): Sealed => cipher.seal(JSON.stringify(form), context('form')),
    openForm: (sealed: Sealed): FormValues => JSON.parse(cipher.open(sealed, context('form'))) as FormValues,
  };
}

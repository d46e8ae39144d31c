import type { ProfileView } from '../contract/account';
import { maskAddress, maskContact, maskDocumentNumber, maskMobile, maskName } from '../crypto/masking';
import type { AccountRecord } from './account.record';
import { statusView } from './account-status';
import type { SensitiveFields } from './sensitive-fields';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The person's own account as they may see it: opened, then masked. Nothing leaves unmasked. */
export function toProfileView(account: AccountRecord, fields: SensitiveFields, now: number): ProfileView {
  const open = (field: Parameters<SensitiveFields['open']>[0], sealed: string | null) =>
    sealed === null ? null : fields.open(field, account._id, sealed);
  const address = open('address', account.address);
  const contact = open('contact', account.contact);
  return {
    accountName: account.accountName,
    realName: maskName(open('realName', account.realName) ?? ''),
    document: {
      type: account.documentType,
      number: maskDocumentNumber(account.documentType, open('documentNumber', account.documentNumber) ?? ''),
      region: account.documentRegion,
    },
    mobile: {
      countryCode: account.mobileCountryCode ?? '+86',
      number: maskMobile(account.mobileCountryCode ?? '+86', open('mobileNumber', account.mobileNumber) ?? ''),
    },
    address: address === null ? null : maskAddress(address),
    contact: contact === null ? null : maskContact(contact),
    verification: { level: account.verificationLevel, faceVerifiedAt: iso(account.faceVerifiedAt) },
    status: statusView(account, now),
    roles: account.roles,
    createdAt: new Date(account.createdAt).toISOString(),
    cancellation: cancellationView(account),
  };
}

/** A pending cancellation request with its dates, or null. */
export function cancellationView(account: AccountRecord): { requestedAt: string; effectiveAt: string } | null {
  const { cancellationPending, cancellationRequestedAt: requested, cancellationEffectiveAt: effective } = account;
  if (!cancellationPending || requested === null || effective === null) return null;
  return { requestedAt: new Date(requested).toISOString(), effectiveAt: new Date(effective).toISOString() };
}

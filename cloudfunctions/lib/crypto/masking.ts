import type { DocumentType } from '../contract/identity-document';
import type { MobileCountryCode } from '../contract/mobile-number';

function keep(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  return value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(value.length - tail);
}

/** `4401**********1234` for 18-character numbers; shorter documents keep less. */
export function maskDocumentNumber(type: DocumentType, number: string): string {
  switch (type) {
    case 'resident-id':
    case 'residence-permit':
      return keep(number, 4, 4);
    case 'travel-permit':
      return keep(number, 1, 2);
    default:
      return keep(number, 1, 2);
  }
}

/** `138****5678` for mainland numbers; `66****78` for the 8-digit Macao and Hong Kong numbers. */
export function maskMobile(countryCode: MobileCountryCode, number: string): string {
  return countryCode === '+86' ? keep(number, 3, 4) : keep(number, 2, 2);
}

/** Chinese names keep the last character (`**明`); Latin names keep each word's first letter. */
export function maskName(name: string): string {
  const trimmed = name.trim();
  if (/[A-Za-z]/.test(trimmed)) {
    return trimmed
      .split(/\s+/)
      .map((word) => (word[0] ?? '') + '*'.repeat(Math.max(word.length - 1, 1)))
      .join(' ');
  }
  const chars = Array.from(trimmed);
  if (chars.length <= 1) return '*';
  return '*'.repeat(chars.length - 1) + chars[chars.length - 1];
}

/** Addresses keep the first six characters (city and district), enough to recognise one's own. */
export function maskAddress(address: string): string {
  const chars = Array.from(address.trim());
  if (chars.length <= 6) return '*'.repeat(chars.length);
  return chars.slice(0, 6).join('') + '*'.repeat(Math.min(chars.length - 6, 8));
}

/** A contact is an e-mail, a phone number or a name: each masked in its own way. */
export function maskContact(contact: string): string {
  const trimmed = contact.trim();
  const at = trimmed.indexOf('@');
  if (at > 0) return keep(trimmed.slice(0, at), 1, 0) + trimmed.slice(at);
  if (/^[\d\s+-]{6,}$/.test(trimmed)) return keep(trimmed, 3, 2);
  return maskName(trimmed);
}

import type { DocumentType } from '../contract/identity-document';

/** 港澳居民来往内地通行证 numbers (lib/contract/identity-document.ts): H or M and ten digits. */
const TRAVEL_PERMIT = /^[HM]\d{10}$/;

/**
 * What the document blind index hashes: one physical number, one key (issue 15, finding 6).
 * The validators let a number pass as more than one type only in one place: a travel-permit number
 * (`[HM]` + 10 digits) also fits the passport pattern (5–17 letters and digits). A passport number
 * of that exact shape is therefore indexed as the travel permit it is. The GB 11643 numbers
 * (resident ID, residence permit) are 18 characters, longer than any passport number we accept,
 * and the two never share a prefix (province codes vs 81/82/83), so they keep their own type.
 * Keys stay `type:number` otherwise, so the indexes of accounts registered before do not change.
 */
export function documentIndexKey(type: DocumentType, number: string): string {
  if (type === 'passport' && TRAVEL_PERMIT.test(number)) return `travel-permit:${number}`;
  return `${type}:${number}`;
}

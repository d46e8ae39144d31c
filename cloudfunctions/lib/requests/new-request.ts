import { randomBytes } from 'node:crypto';
import { newId } from '../account/ids';
import { shanghaiDate } from '../contract/shanghai-date';

const NUMBER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** `QYB-20261129-7K3F9Q`: the Asia/Shanghai date and six characters nobody misreads. */
export function requestNumber(now: number): string {
  const tail = Array.from(randomBytes(6), (b) => NUMBER_ALPHABET[b % NUMBER_ALPHABET.length]).join('');
  return `QYB-${shanghaiDate(now).replace(/-/g, '')}-${tail}`;
}

/** A total order for paging: zero-padded time, then the id for requests made in the same millisecond. */
export function sortKey(at: number, id: string): string {
  return `${String(at).padStart(15, '0')}-${id}`;
}

export const SORT_KEY_PATTERN = /^\d{15}-[0-9a-f]{24}$/;

export function newRequestId(): string {
  return newId();
}

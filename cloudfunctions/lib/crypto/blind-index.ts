import { createHmac } from 'node:crypto';

/**
 * HMAC-SHA256 of a normalised value under a purpose label: equal inputs give equal indexes, so a
 * document number or mobile can be looked up without storing it; without the key nothing can be
 * recomputed or guessed offline. Different purposes never collide.
 */
export function blindIndex(indexKey: Buffer, purpose: string, normalizedValue: string): string {
  return createHmac('sha256', indexKey).update(`${purpose}\u0000${normalizedValue}`, 'utf8').digest('base64url');
}

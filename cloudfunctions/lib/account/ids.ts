import { randomBytes } from 'node:crypto';

/** Unguessable document ids: an id seen once says nothing about any other. */
export function newId(): string {
  return randomBytes(12).toString('hex');
}

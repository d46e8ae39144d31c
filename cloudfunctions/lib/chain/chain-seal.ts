import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The server's seal on a hash chain (the consent ledger, the audit trail): HMAC-SHA256 of each
 * entry's hash (and of the head's place and hash) with a key only the functions hold. The hash chain
 * shows an edit; the seal shows whether the function wrote it, so a rewritten entry with a
 * recomputed hash is still caught.
 */
export interface ChainSeal {
  seal(value: string): string;
  verify(value: string, seal: string | undefined): boolean;
}

export function chainSeal(key: Buffer): ChainSeal {
  const seal = (value: string) => createHmac('sha256', key).update(value, 'utf8').digest('hex');
  return {
    seal,
    verify(value, given) {
      if (typeof given !== 'string' || !/^[0-9a-f]{64}$/.test(given)) return false;
      return timingSafeEqual(Buffer.from(seal(value), 'hex'), Buffer.from(given, 'hex'));
    },
  };
}

/** What the head's seal covers: its place in the chain and the hash it points at. */
export function headSealInput(head: { seq: number; hash: string }): string {
  return `${head.seq}:${head.hash}`;
}

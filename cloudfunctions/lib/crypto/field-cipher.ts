import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { CryptoKeys } from './keys';

const VERSION = 'v1';
const IV_BYTES = 12;

/** A sealed value names its format version and key id, so keys can rotate without a migration. */
export type Sealed = string;

export class FieldDecryptError extends Error {
  constructor(reason: string) {
    super(`cannot open sealed field: ${reason}`);
    this.name = 'FieldDecryptError';
  }
}

/**
 * AES-256-GCM for one field. `context` (e.g. `accounts.mobile:<account id>`) is bound as
 * additional data: a sealed value copied to another field or record does not open there.
 */
export function createFieldCipher(keys: CryptoKeys) {
  return {
    seal(plaintext: string, context: string): Sealed {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keys.current.key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
      return [VERSION, keys.current.id, ...parts].join('.');
    },

    open(sealed: Sealed, context: string): string {
      const [version, keyId, iv, tag, body, ...rest] = sealed.split('.');
      if (version !== VERSION || !keyId || !iv || !tag || body === undefined || rest.length > 0) {
        throw new FieldDecryptError('unknown format');
      }
      const key = keys.byId.get(keyId);
      if (!key) throw new FieldDecryptError(`unknown key id ${keyId}`);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new FieldDecryptError('authentication failed');
      }
    },

    /** The key id a value was sealed with: re-seal values whose key is no longer current. */
    keyIdOf(sealed: Sealed): string | undefined {
      return sealed.split('.')[1];
    },
  };
}

export type FieldCipher = ReturnType<typeof createFieldCipher>;

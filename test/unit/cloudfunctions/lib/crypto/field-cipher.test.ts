import { randomBytes } from 'node:crypto';
import { FieldDecryptError, createFieldCipher } from '../../../../../cloudfunctions/lib/crypto/field-cipher';
import { loadCryptoKeys } from '../../../../../cloudfunctions/lib/crypto/keys';

const key = () => randomBytes(32).toString('base64');
const indexKey = key();
const cipherWith = (field: string) =>
  createFieldCipher(loadCryptoKeys({ QYB_FIELD_KEY: field, QYB_INDEX_KEY: indexKey }));

describe('field cipher (AES-256-GCM)', () => {
  const k1 = `k1:${key()}`;
  const cipher = cipherWith(k1);

  it('opens what it sealed, and the sealed text does not contain the plaintext', () => {
    const sealed = cipher.seal('11010519491231002X', 'accounts.document:a1');
    expect(sealed).not.toContain('11010519491231002X');
    expect(sealed.startsWith('v1.k1.')).toBe(true);
    expect(cipher.open(sealed, 'accounts.document:a1')).toBe('11010519491231002X');
  });

  it('seals the same value differently each time', () => {
    expect(cipher.seal('13812345678', 'c')).not.toBe(cipher.seal('13812345678', 'c'));
  });

  it('fails with the wrong key', () => {
    const sealed = cipher.seal('secret', 'c');
    expect(() => cipherWith(`k1:${key()}`).open(sealed, 'c')).toThrow(FieldDecryptError);
  });

  it('fails when the ciphertext is tampered with', () => {
    const sealed = cipher.seal('secret value', 'c');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[4] as string, 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[4] = body.toString('base64url');
    expect(() => cipher.open(parts.join('.'), 'c')).toThrow(FieldDecryptError);
  });

  it('fails when the tag is tampered with', () => {
    const parts = cipher.seal('secret value', 'c').split('.');
    parts[3] = Buffer.alloc(16).toString('base64url');
    expect(() => cipher.open(parts.join('.'), 'c')).toThrow(FieldDecryptError);
  });

  it('fails in another context (a value copied to another record)', () => {
    const sealed = cipher.seal('secret', 'accounts.mobile:a1');
    expect(() => cipher.open(sealed, 'accounts.mobile:a2')).toThrow(FieldDecryptError);
  });

  it('fails on an unknown format or key id', () => {
    expect(() => cipher.open('plain text', 'c')).toThrow(FieldDecryptError);
    expect(() => cipher.open(cipherWith(`k9:${key()}`).seal('x', 'c'), 'c')).toThrow(/unknown key id/);
  });

  it('still opens values sealed with a retired key after rotation', () => {
    const old = cipher.seal('kept', 'c');
    const rotated = cipherWith(`k2:${key()},${k1}`);
    expect(rotated.open(old, 'c')).toBe('kept');
    expect(rotated.keyIdOf(rotated.seal('new', 'c'))).toBe('k2');
  });
});

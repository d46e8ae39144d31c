import { randomBytes } from 'node:crypto';
import { loadCryptoKeys } from '../../../../../cloudfunctions/lib/crypto/keys';

const key = () => randomBytes(32).toString('base64');

describe('loadCryptoKeys', () => {
  it('takes a bare base64 key as key k1', () => {
    const keys = loadCryptoKeys({ QYB_FIELD_KEY: key(), QYB_INDEX_KEY: key() });
    expect(keys.current.id).toBe('k1');
    expect(keys.indexKey).toHaveLength(32);
  });

  it('makes the first of several keys current and keeps the others for reading', () => {
    const keys = loadCryptoKeys({ QYB_FIELD_KEY: `k2:${key()}, k1:${key()}`, QYB_INDEX_KEY: key() });
    expect(keys.current.id).toBe('k2');
    expect([...keys.byId.keys()]).toEqual(['k2', 'k1']);
  });

  it.each([
    ['a missing field key', { QYB_INDEX_KEY: key() }, /QYB_FIELD_KEY is not set/],
    ['a missing index key', { QYB_FIELD_KEY: key() }, /QYB_INDEX_KEY is not set/],
    ['a short key', { QYB_FIELD_KEY: randomBytes(16).toString('base64'), QYB_INDEX_KEY: key() }, /32 bytes/],
    ['a key that is not base64', { QYB_FIELD_KEY: 'not base64!', QYB_INDEX_KEY: key() }, /base64/],
  ])('refuses %s', (_label, env, message) => {
    expect(() => loadCryptoKeys(env)).toThrow(message);
  });

  it('refuses the same key for sealing and indexing', () => {
    const same = key();
    expect(() => loadCryptoKeys({ QYB_FIELD_KEY: same, QYB_INDEX_KEY: same })).toThrow(/differ/);
  });

  it('refuses duplicate key ids', () => {
    expect(() => loadCryptoKeys({ QYB_FIELD_KEY: `a:${key()},a:${key()}`, QYB_INDEX_KEY: key() })).toThrow(/duplicate/);
  });
});

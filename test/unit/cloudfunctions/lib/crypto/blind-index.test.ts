import { randomBytes } from 'node:crypto';
import { blindIndex } from '../../../../../cloudfunctions/lib/crypto/blind-index';

describe('blindIndex', () => {
  const key = randomBytes(32);

  it('is stable for the same key, purpose and value', () => {
    expect(blindIndex(key, 'document', '11010519491231002X')).toBe(blindIndex(key, 'document', '11010519491231002X'));
  });

  it('differs by value, purpose and key, and does not contain the value', () => {
    const index = blindIndex(key, 'mobile', '+8613812345678');
    expect(index).not.toContain('13812345678');
    expect(index).not.toBe(blindIndex(key, 'mobile', '+8613812345679'));
    expect(index).not.toBe(blindIndex(key, 'document', '+8613812345678'));
    expect(index).not.toBe(blindIndex(randomBytes(32), 'mobile', '+8613812345678'));
  });
});

import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../../../../../cloudfunctions/lib/crypto/password';

const CHEAP = { N: 1024, r: 8, p: 1 };

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Qin-yi-ban 2026', CHEAP);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$/);
    await expect(verifyPassword('Qin-yi-ban 2026', stored)).resolves.toBe(true);
    await expect(verifyPassword('Qin-yi-ban 2027', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same', CHEAP)).not.toBe(await hashPassword('same', CHEAP));
  });

  it('uses the production cost by default', async () => {
    expect(await hashPassword('x')).toMatch(/^scrypt\$16384\$8\$1\$/);
  });

  it('refuses a malformed stored hash', async () => {
    await expect(verifyPassword('x', 'md5$abc')).resolves.toBe(false);
  });

  it('answers false for the decoy', async () => {
    await expect(verifyAgainstDecoy('anything')).resolves.toBe(false);
  });
});

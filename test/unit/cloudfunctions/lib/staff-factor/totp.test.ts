import { matchTotp, newTotpSecret, totpCode, totpUri } from '../../../../../cloudfunctions/lib/staff-factor/totp';

const NOW = Date.parse('2026-12-03T04:00:10Z');
const STEP = 30_000;

describe('totp', () => {
  const secret = newTotpSecret();

  it('makes a fresh 160-bit base32 secret each time, and an otpauth URI apps import', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, 'bureau_clerk'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
    expect(decodeURIComponent(uri.pathname)).toContain('bureau_clerk');
  });

  describe('matchTotp', () => {
    const step = Math.floor(NOW / STEP);

    it('accepts the current code and answers its time step', () => {
      expect(matchTotp(secret, totpCode(secret, NOW), NOW, null)).toBe(step);
    });

    it('when the phone is one step ahead or behind, still accepts (±1 window)', () => {
      expect(matchTotp(secret, totpCode(secret, NOW - STEP), NOW, null)).toBe(step - 1);
      expect(matchTotp(secret, totpCode(secret, NOW + STEP), NOW, null)).toBe(step + 1);
    });

    it('when two steps off, refuses', () => {
      expect(matchTotp(secret, totpCode(secret, NOW - 2 * STEP), NOW, null)).toBeNull();
      expect(matchTotp(secret, totpCode(secret, NOW + 2 * STEP), NOW, null)).toBeNull();
    });

    it('refuses a code already used, and any older one (replay)', () => {
      const code = totpCode(secret, NOW);
      expect(matchTotp(secret, code, NOW, step)).toBeNull();
      expect(matchTotp(secret, totpCode(secret, NOW - STEP), NOW, step)).toBeNull();
      expect(matchTotp(secret, totpCode(secret, NOW + STEP), NOW + STEP, step)).toBe(step + 1);
    });

    it('refuses another secret’s code and anything not six digits', () => {
      const other = newTotpSecret();
      const code = totpCode(other, NOW);
      expect(code === totpCode(secret, NOW) ? 'collision' : matchTotp(secret, code, NOW, null)).not.toBe(step);
      expect(matchTotp(secret, '12345', NOW, null)).toBeNull();
      expect(matchTotp(secret, 'abcdef', NOW, null)).toBeNull();
    });
  });
});

import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time passwords (RFC 6238) for the staff second factor (policy §6.3.1(3)), through
 * `otpauth` 9.4.1, pinned: its Node build uses node:crypto (createHmac, randomBytes) and
 * @noble/hashes 1.x, all of which run on the functions' Nodejs18.15 runtime (otpauth 9.5 needs
 * @noble/hashes 2, engines node >= 20.19). The defaults every authenticator app reads: SHA1,
 * 6 digits, 30 s.
 */
export const TOTP_PERIOD_S = 30;
/** One step either side of the server's clock: a phone a little ahead or behind still matches. */
export const TOTP_WINDOW = 1;
const ISSUER = '琴易办';

function totp(secretBase32: string, label = 'staff'): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_S,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit secret (RFC 4226's recommended length), base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ buffer: Uint8Array.from(randomBytes(20)).buffer }).base32;
}

/** The otpauth:// URI an authenticator app imports (QR code or link). */
export function totpUri(secretBase32: string, accountName: string): string {
  return totp(secretBase32, accountName).toString();
}

/** The code for a time (the local command and tests act as the authenticator app). */
export function totpCode(secretBase32: string, nowMs: number): string {
  return totp(secretBase32).generate({ timestamp: nowMs });
}

/**
 * The time step a code belongs to, if it matches within ±1 step of `nowMs`; null otherwise. A code
 * from a step at or before `usedStep` (the last one accepted) is refused: each code works once.
 */
export function matchTotp(secretBase32: string, code: string, nowMs: number, usedStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: nowMs, window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = Math.floor(nowMs / 1000 / TOTP_PERIOD_S) + delta;
  if (usedStep !== null && step <= usedStep) return null;
  return step;
}

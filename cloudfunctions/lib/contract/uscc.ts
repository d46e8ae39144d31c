import * as v from 'valibot';

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet (no I, O, S, V, Z) — registration authority, entity category, 6-digit administrative
 * division, 9-character organisation code, check character. Pure: shared by device and cloud.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccIssue = 'empty' | 'format' | 'check-character';

/** The GB 32100 check character of the first 17 characters (undefined if one is outside the alphabet). */
export function usccCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Drops spaces and dashes and upper-cases: what a person types becomes the stored form. */
export function normalizeUscc(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

export function checkUscc(code: string): UsccIssue | null {
  if (code.length === 0) return 'empty';
  if (!SHAPE.test(code)) return 'format';
  return usccCheckChar(code.slice(0, 17)) === code[17] ? null : 'check-character';
}

export function isValidUscc(code: string): boolean {
  return checkUscc(code) === null;
}

/** A code as entered; the output is normalised and carries a valid check character. */
export const UsccSchema = v.pipe(
  v.string(),
  v.maxLength(40),
  v.transform(normalizeUscc),
  v.check(isValidUscc, 'uscc-invalid'),
);

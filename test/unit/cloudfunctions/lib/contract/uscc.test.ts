import fc from 'fast-check';
import * as v from 'valibot';
import {
  USCC_ALPHABET,
  UsccSchema,
  checkUscc,
  isValidUscc,
  normalizeUscc,
  usccCheckChar,
} from '../../../../../cloudfunctions/lib/contract/uscc';

const char = fc.constantFrom(...USCC_ALPHABET.split(''));
const digit = fc.constantFrom(...'0123456789'.split(''));
const first17 = fc
  .tuple(
    fc.array(char, { minLength: 2, maxLength: 2 }),
    fc.array(digit, { minLength: 6, maxLength: 6 }),
    fc.array(char, { minLength: 9, maxLength: 9 }),
  )
  .map(([head, area, org]) => [...head, ...area, ...org].join(''));
const validCode = first17.map((f) => f + usccCheckChar(f));

describe('usccCheckChar', () => {
  it('gives the published example its check character', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
  });

  it('refuses characters outside the GB 32100 alphabet', () => {
    expect(usccCheckChar('91350100M000100I4')).toBeUndefined();
    expect(checkUscc('91350100O000100Y43')).toBe('format');
  });

  it('always yields a character of the alphabet', () => {
    fc.assert(fc.property(first17, (f) => USCC_ALPHABET.includes(usccCheckChar(f) ?? '?')));
  });
});

describe('checkUscc', () => {
  it('accepts every code carrying its own check character', () => {
    fc.assert(fc.property(validCode, (code) => checkUscc(code) === null));
  });

  it('catches any single changed character', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), char, (code, at, replacement) => {
        fc.pre(code[at] !== replacement && !(at >= 2 && at < 8 && !/\d/.test(replacement)));
        const changed = code.slice(0, at) + replacement + code.slice(at + 1);
        return !isValidUscc(changed);
      }),
    );
  });

  it('catches two neighbouring characters swapped', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 16 }), (code, at) => {
        fc.pre(code[at] !== code[at + 1]);
        const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
        return !isValidUscc(swapped);
      }),
    );
  });

  it('names what is wrong', () => {
    expect(checkUscc('')).toBe('empty');
    expect(checkUscc('91350100M000100Y4')).toBe('format');
    expect(checkUscc('91ABCDEFM000100Y43')).toBe('format');
    expect(checkUscc('91350100M000100Y44')).toBe('check-character');
  });
});

describe('UsccSchema', () => {
  it('normalises what a person types', () => {
    expect(normalizeUscc(' 9135 0100-m000 100y43 ')).toBe('91350100M000100Y43');
    expect(v.parse(UsccSchema, '91350100m000100y43')).toBe('91350100M000100Y43');
  });

  it('refuses a wrong check character with a message the client maps', () => {
    const result = v.safeParse(UsccSchema, '91350100M000100Y44');
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe('uscc-invalid');
  });
});

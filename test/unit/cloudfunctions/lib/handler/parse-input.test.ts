import * as v from 'valibot';
import { parseInput } from '../../../../../cloudfunctions/lib/handler/parse-input';
import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';

// Two fields whose checks carry their own issue messages, the way the contract's schemas name a
// specific error (e.g. 'weak-password'); `tags` has no named message.
const Schema = v.strictObject({
  password: v.pipe(
    v.string(),
    v.check((p) => p.length >= 8, 'weak-password'),
  ),
  tags: v.optional(v.array(v.string())),
});
const CODES = { 'weak-password': 'ACCOUNT.WEAK_PASSWORD' } as const;

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('parseInput accepted the input');
}

describe('parseInput (the one parser of every context)', () => {
  it('returns the parsed input when it is valid', () => {
    expect(parseInput(Schema, { password: 'long enough' }, CODES)).toEqual({ password: 'long enough' });
  });

  it('gives the named code when every issue of the input is a named one', () => {
    expect(codeOf(() => parseInput(Schema, { password: 'short' }, CODES))).toBe('ACCOUNT.WEAK_PASSWORD');
  });

  it('is REQUEST.INVALID_INPUT when the input is malformed besides the named issue', () => {
    expect(codeOf(() => parseInput(Schema, { password: 'short', tags: [1] }, CODES))).toBe('REQUEST.INVALID_INPUT');
    expect(codeOf(() => parseInput(Schema, { password: 'short', extra: true }, CODES))).toBe('REQUEST.INVALID_INPUT');
  });

  it('is REQUEST.INVALID_INPUT without a code map', () => {
    expect(codeOf(() => parseInput(Schema, { password: 'short' }))).toBe('REQUEST.INVALID_INPUT');
  });
});

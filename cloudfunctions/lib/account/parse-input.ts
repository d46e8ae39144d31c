import * as v from 'valibot';
import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/codes';

/**
 * Validates an action's input with its shared schema. A schema issue whose message names a code
 * in `codes` gets that code (e.g. a weak password); anything else is REQUEST.INVALID_INPUT.
 */
export function parseInput<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  codes: Record<string, ErrorCode> = {},
): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const mapped = result.issues.map((issue) => codes[issue.message]).find((code) => code !== undefined);
  throw new AppError(mapped ?? 'REQUEST.INVALID_INPUT');
}

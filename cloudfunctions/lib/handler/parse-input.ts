import * as v from 'valibot';
import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/codes';

/**
 * Validates an action's input with its shared schema: the one parser every context uses. A schema
 * issue whose message names a code in `codes` (e.g. a weak password) gets that code, but only when
 * every issue of the input is such a named one: a request that is also malformed otherwise is
 * REQUEST.INVALID_INPUT, so a specific message never hides a broken request.
 */
export function parseInput<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  codes: Readonly<Record<string, ErrorCode>> = {},
): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const mapped = result.issues.map((issue) => codes[issue.message]);
  const first = mapped[0];
  const allNamed = first !== undefined && mapped.every((code) => code !== undefined);
  throw new AppError(allNamed ? first : 'REQUEST.INVALID_INPUT');
}

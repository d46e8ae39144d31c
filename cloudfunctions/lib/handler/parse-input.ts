import * as v from 'valibot';
import { AppError } from '../errors/app-error';

/** Validates an action's input against its shared schema; anything else is REQUEST.INVALID_INPUT. */
export function parseInput<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (!result.success) throw new AppError('REQUEST.INVALID_INPUT');
  return result.output;
}

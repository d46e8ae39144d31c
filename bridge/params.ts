import { ProtocolError } from './protocol';

/** Typed readers for request params: a missing or mistyped param is a protocol error, not a crash. */
export function str(params: Record<string, unknown>, key: string): string {
  const value = params[key];
  if (typeof value !== 'string') throw new ProtocolError(`params.${key} must be a string`);
  return value;
}

export function optStr(params: Record<string, unknown>, key: string): string | undefined {
  const value = params[key];
  return typeof value === 'string' ? value : undefined;
}

export function num(params: Record<string, unknown>, key: string): number {
  const value = params[key];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value !== '' && !Number.isNaN(Number(value))) return Number(value);
  throw new ProtocolError(`params.${key} must be a number`);
}

export function list(params: Record<string, unknown>, key: string): unknown[] {
  const value = params[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ProtocolError(`params.${key} must be an array`);
  return value;
}

export function strList(params: Record<string, unknown>, key: string): string[] {
  const values = list(params, key);
  if (!values.every((v): v is string => typeof v === 'string')) {
    throw new ProtocolError(`params.${key} must be an array of strings`);
  }
  return values;
}

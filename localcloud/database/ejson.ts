/**
 * EJSON in and out. The SDK sends canonical EJSON (bson 4); stored and returned text is relaxed
 * EJSON, which keeps dates and regular expressions and lets SQLite read plain numbers and strings.
 */
import { BSONRegExp, EJSON, ObjectId } from 'bson';
import { invalidParam } from '../tcb/cloud-error';
import { isPlainObject } from './document';

const SERVER_DATE = '$tcb_server_date';
const JS_REGEXP_FLAGS = new Set(['i', 'm', 's', 'u']);

function revive(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => revive(v, now));
  if (value instanceof BSONRegExp) {
    const flags = [...value.options].filter((f) => JS_REGEXP_FLAGS.has(f)).join('');
    return new RegExp(value.pattern, flags);
  }
  if (value instanceof ObjectId) return value.toHexString();
  if (value instanceof Date || value instanceof RegExp) return value;
  if (value !== null && typeof value === 'object' && !isPlainObject(value)) {
    const asNumber = (value as { valueOf(): unknown }).valueOf();
    if (typeof asNumber === 'number') return asNumber;
    return value;
  }
  if (isPlainObject(value)) {
    const marker = value[SERVER_DATE];
    if (marker !== undefined && Object.keys(value).length === 1) {
      const offset = isPlainObject(marker) && typeof marker.offset === 'number' ? marker.offset : 0;
      return new Date(now + offset);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = revive(v, now);
    return out;
  }
  return value;
}

/** Parses EJSON text from the SDK into plain JS values (Date, RegExp, numbers, server dates). */
export function decodeEjson(text: string, field = 'value'): unknown {
  let parsed: unknown;
  try {
    parsed = EJSON.parse(text, { relaxed: true });
  } catch (e) {
    throw invalidParam(`${field} is not valid EJSON: ${(e as Error).message}`);
  }
  return revive(parsed, Date.now());
}

export function encodeEjson(value: unknown): string {
  return EJSON.stringify(value, { relaxed: true });
}

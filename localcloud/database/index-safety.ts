/**
 * The SQL prefilter compares `json_extract(doc, path)` with scalars. That is exact for strings,
 * numbers, booleans and ISO dates; arrays on the path (Mongo matches their elements), odd dates and
 * non-finite numbers are not comparable that way, so a field that ever holds one is marked unsafe
 * and queries on it scan instead.
 */
import { isPlainObject } from './document';

const MIN_ISO = Date.UTC(1970, 0, 1);
const MAX_ISO = Date.UTC(10000, 0, 1);

export function isIsoDate(d: Date): boolean {
  const t = d.getTime();
  return t >= MIN_ISO && t < MAX_ISO;
}

function unsafeValue(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  if (value instanceof Date) return !isIsoDate(value);
  if (typeof value === 'number') return !Number.isFinite(value);
  return false;
}

/** True when the document makes SQL comparison on `field` diverge from Mongo semantics. */
export function breaksPrefilter(doc: Record<string, unknown>, field: string): boolean {
  let current: unknown = doc;
  for (const part of field.split('.')) {
    if (Array.isArray(current)) return true;
    if (!isPlainObject(current)) return false;
    current = current[part];
    if (current === undefined) return false;
  }
  return unsafeValue(current);
}

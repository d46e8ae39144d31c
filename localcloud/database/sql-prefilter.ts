/**
 * Turns the indexed parts of a Mongo query into a SQL WHERE clause over the same `json_extract`
 * expressions the indexes use, so indexed equality and range queries do not scan. The clause only
 * narrows the candidates (a superset of the answer); mingo still decides what matches.
 */
import { isPlainObject } from './document';
import { isIsoDate } from './index-safety';
import { fieldExpression } from './json-path';
import type { SqlFilter } from './store';

const RANGE: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

/** The value as SQLite's json_extract would return it, or undefined when not comparable. */
function sqlValue(value: unknown): string | number | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date && isIsoDate(value)) return JSON.stringify({ $date: value.toISOString() });
  return undefined;
}

function conditionsFor(field: string, spec: unknown): SqlFilter[] {
  const expr = fieldExpression(field);
  const direct = sqlValue(spec);
  if (direct !== undefined) return [{ sql: `${expr} = ?`, params: [direct] }];
  if (!isPlainObject(spec)) return [];
  const out: SqlFilter[] = [];
  for (const [op, operand] of Object.entries(spec)) {
    if (op === '$eq') {
      const v = sqlValue(operand);
      if (v !== undefined) out.push({ sql: `${expr} = ?`, params: [v] });
    } else if (op in RANGE) {
      const v = sqlValue(operand);
      if (v !== undefined) out.push({ sql: `${expr} ${RANGE[op]} ?`, params: [v] });
    } else if (op === '$in' && Array.isArray(operand) && operand.length > 0) {
      const values = operand.map(sqlValue);
      if (values.every((v) => v !== undefined)) {
        out.push({ sql: `${expr} IN (${values.map(() => '?').join(', ')})`, params: values });
      }
    }
  }
  return out;
}

/** `_id` is the table's primary key (always indexed, as in CloudBase): string equality, ranges and `$in` use it. */
function idConditions(spec: unknown): SqlFilter[] {
  if (typeof spec === 'string') return [{ sql: 'id = ?', params: [spec] }];
  if (!isPlainObject(spec)) return [];
  const out: SqlFilter[] = [];
  for (const [op, operand] of Object.entries(spec)) {
    if (op === '$eq' && typeof operand === 'string') out.push({ sql: 'id = ?', params: [operand] });
    else if (op in RANGE && typeof operand === 'string') out.push({ sql: `id ${RANGE[op]} ?`, params: [operand] });
    else if (
      op === '$in' &&
      Array.isArray(operand) &&
      operand.length > 0 &&
      operand.every((v) => typeof v === 'string')
    ) {
      out.push({ sql: `id IN (${operand.map(() => '?').join(', ')})`, params: operand as string[] });
    }
  }
  return out;
}

function collect(query: Record<string, unknown>, fields: Set<string>, out: SqlFilter[]): void {
  for (const [key, spec] of Object.entries(query)) {
    if (key === '$and' && Array.isArray(spec)) {
      for (const part of spec) if (isPlainObject(part)) collect(part, fields, out);
    } else if (key === '_id') {
      out.push(...idConditions(spec));
    } else if (fields.has(key)) {
      out.push(...conditionsFor(key, spec));
    }
  }
}

export function buildPrefilter(query: Record<string, unknown>, fields: Set<string>): SqlFilter | undefined {
  const parts: SqlFilter[] = [];
  collect(query, fields, parts);
  if (parts.length === 0) return undefined;
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}

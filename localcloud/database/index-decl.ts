/**
 * The shape of an index declaration. `config/cloud/indexes.ts` exports `INDEXES` with this shape;
 * the local cloud turns each into a SQLite expression index, the cloud console gets the same list.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface IndexDecl {
  collection: string;
  fields: string[];
  unique?: boolean;
}

function isIndexDecl(value: unknown): value is IndexDecl {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.collection === 'string' &&
    Array.isArray(v.fields) &&
    v.fields.every((f) => typeof f === 'string') &&
    (v.unique === undefined || typeof v.unique === 'boolean')
  );
}

/** Loads `config/cloud/indexes.ts` of the project when it exists (under tsx or Jest). */
export function loadProjectIndexes(projectRoot = resolve(__dirname, '..', '..')): IndexDecl[] {
  const file = resolve(projectRoot, 'config', 'cloud', 'indexes.ts');
  if (!existsSync(file)) return [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as { INDEXES?: unknown };
  const list = Array.isArray(mod.INDEXES) ? mod.INDEXES : [];
  if (!list.every(isIndexDecl)) throw new Error(`${file}: INDEXES has an invalid entry`);
  return list;
}

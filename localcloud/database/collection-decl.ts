/**
 * The collections every environment starts with. `config/cloud/collections.ts` exports
 * `DECLARED_COLLECTIONS` (`{ name, purpose }[]`); a deploy creates them in CloudBase, and the local
 * cloud creates them in each environment it opens. Any other collection exists only once
 * `db.createCollection(name)` made it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

function nameOf(entry: unknown): string | undefined {
  if (entry === null || typeof entry !== 'object') return undefined;
  const name = (entry as Record<string, unknown>).name;
  return typeof name === 'string' ? name : undefined;
}

/** Loads the names in `config/cloud/collections.ts` of the project when it exists (under tsx or Jest). */
export function loadProjectCollections(projectRoot = resolve(__dirname, '..', '..')): string[] {
  const file = resolve(projectRoot, 'config', 'cloud', 'collections.ts');
  if (!existsSync(file)) return [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as { DECLARED_COLLECTIONS?: unknown };
  const list = Array.isArray(mod.DECLARED_COLLECTIONS) ? mod.DECLARED_COLLECTIONS : [];
  const names = list.map(nameOf);
  if (!names.every((n): n is string => n !== undefined)) {
    throw new Error(`${file}: DECLARED_COLLECTIONS has an entry without a name`);
  }
  return names;
}

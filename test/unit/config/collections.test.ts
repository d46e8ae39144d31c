import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, DECLARED_COLLECTIONS } from '../../../config/cloud/collections';
import { INDEXES } from '../../../config/cloud/indexes';

const ROOT = join(__dirname, '..', '..', '..');
const declared = new Set<string>(DECLARED_COLLECTIONS.map((c) => c.name));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

const functionSources = sources(join(ROOT, 'cloudfunctions')).map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));

describe('DECLARED_COLLECTIONS', () => {
  it('lists every COLLECTIONS entry once, each with a purpose and a name CloudBase accepts', () => {
    expect(DECLARED_COLLECTIONS.map((c) => c.name).sort()).toEqual(Object.values(COLLECTIONS).sort());
    expect(declared.size).toBe(DECLARED_COLLECTIONS.length);
    for (const c of DECLARED_COLLECTIONS) {
      expect(c.name).toMatch(/^[a-z][a-z0-9_]{0,63}$/);
      expect(c.purpose.trim().length).toBeGreaterThan(10);
    }
  });

  it('declares every collection the functions name through COLLECTIONS', () => {
    const keys = new Set(
      functionSources.flatMap(({ text }) => [...text.matchAll(/COLLECTIONS\.(\w+)/g)].map((m) => m[1])),
    );
    expect(keys.size).toBeGreaterThan(10);
    const undeclared = [...keys].filter(
      (k) => !(k in COLLECTIONS) || !declared.has(COLLECTIONS[k as keyof typeof COLLECTIONS]),
    );
    expect(undeclared).toEqual([]);
  });

  it('finds no collection named by a string literal in the functions (names come from COLLECTIONS)', () => {
    const literal = /\.collection\(\s*['"`]([^'"`]+)['"`]|(?:documentStore|queryStore)\(\s*['"`]([^'"`]+)['"`]/g;
    const found = functionSources.flatMap(({ path, text }) =>
      [...text.matchAll(literal)].map((m) => `${path.slice(ROOT.length + 1)}: ${m[1] ?? m[2]}`),
    );
    expect(found).toEqual([]);
  });

  it('declares the collection of every index', () => {
    const missing = INDEXES.filter((i) => !declared.has(i.collection)).map((i) => i.collection);
    expect(INDEXES.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});

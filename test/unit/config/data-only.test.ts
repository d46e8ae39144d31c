import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * `config/` holds data only: logic that reads, checks or derives it lives in cloudfunctions/lib or
 * scripts. The Taro build configs are the exception Taro imposes (index.ts exports the build
 * function; dev.ts and prod.ts are its per-mode parts, imported only by it).
 */
const TARO_BUILD_CONFIG = new Set(['index.ts', 'dev.ts', 'prod.ts']);
const CONFIG = join(__dirname, '../../../config');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sources(path);
    // A declaration file (config/h5/components/*.d.ts types Taro's H5 component aliases) holds no code.
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Functions anywhere inside an exported value (a table of callbacks is logic too). */
function functionsIn(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (typeof value === 'function') return [path];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) => functionsIn(inner, `${path}.${key}`, seen));
}

const dataModules = sources(CONFIG)
  .map((path) => relative(CONFIG, path).split('\\').join('/'))
  .filter((path) => !TARO_BUILD_CONFIG.has(path));

describe('config holds data only', () => {
  it('finds the config modules (the check is not vacuous)', () => {
    expect(dataModules).toEqual(expect.arrayContaining(['matters.ts', 'retention.ts', 'cloud/collections.ts']));
  });

  it.each(dataModules)('%s exports no functions', async (path) => {
    const exported = (await import(join(CONFIG, path))) as Record<string, unknown>;
    expect(Object.keys(exported).length).toBeGreaterThan(0);
    expect(functionsIn(exported, path)).toEqual([]);
  });
});

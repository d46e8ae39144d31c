import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The one rule for tests that read a build: the build must be there, or the test fails saying
 * which command makes it. Never a silent skip: `npm test` (scripts/test.sh) builds everything
 * first, so a missing build means a test that did not run while the summary counted it as fine.
 * Paths are relative to the repository root; any one of `alternatives` being there is enough.
 */
export function requireBuilt(alternatives: readonly string[], command: string): string {
  const found = alternatives.find((entry) => existsSync(path.join(ROOT, entry)));
  if (found !== undefined) return path.join(ROOT, found);
  throw new Error(`${alternatives.join(' or ')} is missing: run ${command} first`);
}

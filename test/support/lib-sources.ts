/**
 * The cloud functions' shared code (cloudfunctions/lib) as text, for the tests that read it for
 * architecture rules (one store, one inbox writer): each source with its path relative to lib.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const CLOUD_LIB = join(__dirname, '..', '..', 'cloudfunctions', 'lib');

export interface LibSource {
  /** Relative to cloudfunctions/lib, with forward slashes (`notify/message.repository.ts`). */
  path: string;
  text: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `.ts` file under cloudfunctions/lib. */
export function libSources(): LibSource[] {
  return tsFiles(CLOUD_LIB).map((file) => ({
    path: relative(CLOUD_LIB, file).split('\\').join('/'),
    text: readFileSync(file, 'utf8'),
  }));
}

/** The paths of the lib sources whose text matches `pattern`. */
export function libPathsMatching(sources: readonly LibSource[], pattern: RegExp): string[] {
  return sources.filter((source) => pattern.test(source.text)).map((source) => source.path);
}

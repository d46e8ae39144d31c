import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The inbox (`messages`) is written in one place, notify's message repository: people are told
 * through `createNotifier` (inbox and push channels), and the contexts that only leave a message
 * (the audit recorder's admin alerts, feedback answers, reports) take the repository itself
 * (`notify/cloud-inbox.ts`). The files below still name the collection, each for a read; the list
 * may only shrink (an entry that no longer names it fails, so it is dropped when it moves).
 */
const STILL_NAMING_MESSAGES: Record<string, string> = {
  'notify/message.repository.ts': 'the one repository of the inbox',
  'privacy/personal-copy.ts': "counts a person's messages (read and unread) for their copy: a read",
};

const LIB = join(__dirname, '../../../../../cloudfunctions/lib');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The collection by its constant, or by name in a `collection(…)` / `queryStore(…)` call. */
const NAMES_MESSAGES = /COLLECTIONS\.messages\b|(?:collection|queryStore)(?:<[^>]*>)?\(\s*['"`]messages['"`]/;

const naming = sources(LIB)
  .map((path) => relative(LIB, path).split('\\').join('/'))
  .filter((path) => NAMES_MESSAGES.test(readFileSync(join(LIB, path), 'utf8')));

describe('one inbox writer', () => {
  it('finds the lib sources (the scan is not vacuous)', () => {
    expect(sources(LIB).length).toBeGreaterThan(50);
  });

  it('no lib code but the listed files names the messages collection', () => {
    expect(naming.filter((path) => !(path in STILL_NAMING_MESSAGES))).toEqual([]);
  });

  it.each(Object.keys(STILL_NAMING_MESSAGES))('%s still names it (else drop it from the list)', (path) => {
    expect(naming).toContain(path);
  });
});

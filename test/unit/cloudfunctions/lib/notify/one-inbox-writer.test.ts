import { libPathsMatching, libSources } from '../../../../support/lib-sources';

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

const SOURCES = libSources();

/** The collection by its constant, or by name in a `collection(…)` / `queryStore(…)` call. */
const NAMES_MESSAGES = /COLLECTIONS\.messages\b|(?:collection|queryStore)(?:<[^>]*>)?\(\s*['"`]messages['"`]/;

const naming = libPathsMatching(SOURCES, NAMES_MESSAGES);

describe('one inbox writer', () => {
  it('finds the lib sources (the scan is not vacuous)', () => {
    expect(SOURCES.length).toBeGreaterThan(50);
  });

  it('no lib code but the listed files names the messages collection', () => {
    expect(naming.filter((path) => !(path in STILL_NAMING_MESSAGES))).toEqual([]);
  });

  it.each(Object.keys(STILL_NAMING_MESSAGES))('%s still names it (else drop it from the list)', (path) => {
    expect(naming).toContain(path);
  });
});

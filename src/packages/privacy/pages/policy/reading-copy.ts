import { TRADITIONAL_READING_COPIES, type ReadingCopy } from '../../../../../policies/generated/reading-copy';

/**
 * The Traditional reading copy of one document version, if the build made one (test-fixture
 * versions have none). Imported only by this page, so the copies ship in the privacy subpackage.
 */
export function readingCopyOf(id: string, version: string): ReadingCopy | undefined {
  return TRADITIONAL_READING_COPIES[`${id}@${version}`];
}

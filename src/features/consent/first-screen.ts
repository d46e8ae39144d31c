import { blockText } from '../../../policies/compact';
import type { Block } from '../../../policies/generated';

/**
 * Enough of a document to fill the first screen: its opening blocks, until they hold this many
 * characters. At the body size (15 CSS px) the region shows the user agreement's heading and four
 * clauses, the fourth in part (313 characters), on a 360×780, a 375×812 and a 430×932 phone alike:
 * five blocks, and the block that passes the mark is the one the region cuts. Every character more
 * is laid out before the first text shows (issue 18: eight blocks, 503 characters, were drawn; then
 * six, 352, the sixth below the region).
 */
const FIRST_SCREEN_CHARACTERS = 300;

/** How many of the opening blocks fill the first screen (the agreement page, and the H5 page's prerendered copy). */
export function firstScreenBlocks(blocks: readonly Block[]): number {
  let characters = 0;
  let count = 0;
  for (const block of blocks) {
    if (characters >= FIRST_SCREEN_CHARACTERS) break;
    characters += blockText(block).length;
    count += 1;
  }
  return count;
}

/** The element of the H5 page that holds the agreement's prerendered first screen (first-screen-html.ts). */
export const FIRST_SCREEN_ID = 'qyb-first-screen';

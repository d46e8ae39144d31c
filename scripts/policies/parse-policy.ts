/** The small Markdown our policy documents use: #/##/### headings, paragraphs, "- " items, **bold**. */
import { spansOf, type Block, type ExpandedBlocks, type Span } from '../../policies/compact';

export type { Block, Span };
export type ParsedPolicy = ExpandedBlocks;

export function parseSpans(text: string): Span[] {
  if (text.split('**').length % 2 === 0) throw new Error(`unbalanced ** in: ${text.slice(0, 40)}`);
  return spansOf(text);
}

/** Anchors are the document's prefix and the heading's position: stable while the text is. */
export function parsePolicyMarkdown(markdown: string, anchorPrefix: string): ParsedPolicy {
  const blocks: Block[] = [];
  const toc: ParsedPolicy['toc'] = [];
  let headingIndex = 0;
  markdown.split(/\r?\n/).forEach((raw, lineNo) => {
    const line = raw.trim();
    if (line === '') return;
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    try {
      if (heading) {
        const level = (heading[1] ?? '#').length as 1 | 2 | 3;
        const text = (heading[2] ?? '').trim();
        const anchor = `${anchorPrefix}-${headingIndex++}`;
        blocks.push({ kind: 'heading', level, text, anchor });
        if (level === 2) toc.push({ anchor, text });
      } else if (line.startsWith('- ')) {
        blocks.push({ kind: 'listItem', spans: parseSpans(line.slice(2).trim()) });
      } else {
        blocks.push({ kind: 'paragraph', spans: parseSpans(line) });
      }
    } catch (error) {
      throw new Error(`line ${lineNo + 1}: ${(error as Error).message}`);
    }
  });
  return { blocks, toc };
}

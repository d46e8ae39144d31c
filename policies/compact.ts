/**
 * The compact form the policy documents ship in (issue 18: the agreement's text sits in the weapp
 * main package). One string per block instead of an object per block and per span: the first
 * character says the kind ('1'–'3' a heading of that level, '-' a list item, 'p' a paragraph), the
 * rest is the text with `**` around bold spans, as in the Markdown source. Anchors and the table of
 * contents follow from the headings' order, so they are not shipped either. Expanded once at load
 * into the blocks the screens and functions read; scripts/policies writes the compact form.
 */
export type Span = { text: string; bold: boolean };
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; anchor: string }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'listItem'; spans: Span[] };
export type TocEntry = { anchor: string; text: string };

export interface ExpandedBlocks {
  blocks: Block[];
  toc: TocEntry[];
}

/** Text between `**` markers alternates plain and bold; empty parts are dropped. */
export function spansOf(marked: string): Span[] {
  return marked
    .split('**')
    .map((part, i) => ({ text: part, bold: i % 2 === 1 }))
    .filter((span) => span.text.length > 0);
}

/** The inverse of `spansOf`: an empty `****` keeps two neighbouring spans of one weight apart. */
export function markSpans(spans: readonly Span[]): string {
  let bold = false;
  let marked = '';
  spans.forEach((span, i) => {
    if (span.bold !== bold) marked += '**';
    else if (i > 0) marked += '****';
    bold = span.bold;
    marked += span.text;
  });
  return bold ? `${marked}**` : marked;
}

/** A block's text as read, bold or not. */
export function blockText(block: Block): string {
  return block.kind === 'heading' ? block.text : block.spans.map((span) => span.text).join('');
}

export function compactBlock(block: Block): string {
  if (block.kind === 'heading') return `${block.level}${block.text}`;
  return `${block.kind === 'listItem' ? '-' : 'p'}${markSpans(block.spans)}`;
}

/** Anchors are the document's prefix and the heading's position, as the Markdown parser gives them. */
export function expandBlocks(lines: readonly string[], anchorPrefix: string): ExpandedBlocks {
  const blocks: Block[] = [];
  const toc: TocEntry[] = [];
  let headingIndex = 0;
  for (const line of lines) {
    const code = line.charAt(0);
    const rest = line.slice(1);
    if (code === '1' || code === '2' || code === '3') {
      const anchor = `${anchorPrefix}-${headingIndex++}`;
      const level = Number(code) as 1 | 2 | 3;
      blocks.push({ kind: 'heading', level, text: rest, anchor });
      if (level === 2) toc.push({ anchor, text: rest });
    } else {
      blocks.push({ kind: code === '-' ? 'listItem' : 'paragraph', spans: spansOf(rest) });
    }
  }
  return { blocks, toc };
}

/**
 * A shipped document whose blocks and table of contents are expanded when first read, not at load:
 * the launch gate draws one document, and its other document (and any earlier version) waits until
 * someone opens it (issue 18: nothing the first screen does not draw runs before it).
 */
export function lazyDocument<M extends object>(
  meta: M,
  lines: readonly string[],
  anchorPrefix: string,
): M & ExpandedBlocks {
  let expanded: ExpandedBlocks | undefined;
  const read = () => (expanded ??= expandBlocks(lines, anchorPrefix));
  return Object.defineProperties(
    { ...meta },
    {
      blocks: { get: () => read().blocks, enumerable: true },
      toc: { get: () => read().toc, enumerable: true },
    },
  ) as M & ExpandedBlocks;
}

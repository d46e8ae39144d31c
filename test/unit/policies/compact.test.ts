import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  compactBlock,
  expandBlocks,
  lazyDocument,
  markSpans,
  spansOf,
  type Block,
  type Span,
} from '../../../policies/compact';
import { CURRENT_POLICIES, POLICY_DOCUMENTS } from '../../../policies/generated';
import { ANCHOR_PREFIX, sha256 } from '../../../scripts/policies/build-policies';
import { parsePolicyMarkdown } from '../../../scripts/policies/parse-policy';

const policiesDir = resolve(__dirname, '../../../policies');

describe('markSpans', () => {
  const cases: Span[][] = [
    [{ text: '普通', bold: false }],
    [{ text: '加粗', bold: true }],
    [
      { text: '前', bold: false },
      { text: '中', bold: true },
      { text: '后', bold: false },
    ],
    [
      { text: '甲', bold: true },
      { text: '乙', bold: true },
    ],
    [
      { text: '甲', bold: false },
      { text: '乙', bold: false },
      { text: '丙', bold: true },
    ],
  ];

  it.each(cases.map((spans) => [markSpans(spans), spans]))('%s reads back as the same spans', (marked, spans) => {
    expect(spansOf(marked)).toEqual(spans);
  });
});

describe('expandBlocks', () => {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: '用户协议', anchor: 'ua-0' },
    { kind: 'paragraph', spans: [{ text: '1.1 条款', bold: false }] },
    { kind: 'heading', level: 2, text: '一、定义', anchor: 'ua-1' },
    { kind: 'listItem', spans: [{ text: '- 不是列表记号', bold: true }] },
    { kind: 'heading', level: 3, text: '2 小节', anchor: 'ua-2' },
  ];

  it('gives back the blocks, their anchors and the chapters in the table of contents', () => {
    expect(expandBlocks(blocks.map(compactBlock), 'ua')).toEqual({
      blocks,
      toc: [{ anchor: 'ua-1', text: '一、定义' }],
    });
  });

  it('ships one string per block, the kind in its first character', () => {
    expect(blocks.map(compactBlock)).toEqual(['1用户协议', 'p1.1 条款', '2一、定义', '-**- 不是列表记号**', '32 小节']);
  });
});

describe('lazyDocument', () => {
  const lines = ['1用户协议', 'p1.1 **条款**', '2一、定义'];

  it('reads its lines only when the blocks are first read, and once, to what expandBlocks gives', () => {
    let reads = 0;
    const watched = new Proxy(lines, {
      get(target, key, receiver) {
        reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const doc = lazyDocument({ id: 'user-agreement', version: '1' }, watched, 'ua');
    expect(doc.version).toBe('1');
    expect(reads).toBe(0);
    expect(doc.blocks).toEqual(expandBlocks(lines, 'ua').blocks);
    const expanded = reads;
    expect(expanded).toBeGreaterThan(0);
    expect(doc.toc).toEqual([{ anchor: 'ua-1', text: '一、定义' }]);
    expect(doc.blocks).toBe(doc.blocks);
    expect(reads).toBe(expanded);
  });

  it('copies and serialises like a plain document', () => {
    const doc = lazyDocument({ id: 'user-agreement' }, lines, 'ua');
    const copy = { ...doc, version: '2' };
    expect(copy.blocks).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(doc))).toEqual({ id: 'user-agreement', ...expandBlocks(lines, 'ua') });
  });
});

describe('the generated policies', () => {
  it.each(POLICY_DOCUMENTS.map((doc) => [`${doc.id}@${doc.version}`, doc]))(
    '%s expands to exactly what its Markdown (with the manifest hash) parses to',
    (_name, doc) => {
      const markdown = readFileSync(join(policiesDir, doc.id, `${doc.version}.md`), 'utf8');
      expect(sha256(markdown)).toBe(doc.sha256);
      const { blocks, toc } = parsePolicyMarkdown(markdown, ANCHOR_PREFIX[doc.id]);
      expect(doc.blocks).toEqual(blocks);
      expect(doc.toc).toEqual(toc);
    },
  );

  it('point the documents in force at the expanded documents', () => {
    expect(POLICY_DOCUMENTS).toContain(CURRENT_POLICIES['user-agreement']);
    expect(CURRENT_POLICIES['user-agreement'].blocks.length).toBeGreaterThan(50);
  });
});

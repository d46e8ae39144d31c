import { parsePolicyMarkdown, parseSpans } from '../../../../scripts/policies/parse-policy';

describe('parsePolicyMarkdown', () => {
  const markdown = [
    '# 标题',
    '',
    '前言',
    '',
    '## 一、定义',
    '',
    '1.1 **加粗**条款',
    '',
    '- 项目一',
    '- **项目二**',
    '',
    '### 1.2 小节',
    '## 二、其他',
  ].join('\n');
  const { blocks, toc } = parsePolicyMarkdown(markdown, 'ua');

  it('reads headings with their level and a stable anchor', () => {
    expect(blocks.filter((b) => b.kind === 'heading')).toEqual([
      { kind: 'heading', level: 1, text: '标题', anchor: 'ua-0' },
      { kind: 'heading', level: 2, text: '一、定义', anchor: 'ua-1' },
      { kind: 'heading', level: 3, text: '1.2 小节', anchor: 'ua-2' },
      { kind: 'heading', level: 2, text: '二、其他', anchor: 'ua-3' },
    ]);
  });

  it('lists chapters (level 2) in the table of contents', () => {
    expect(toc).toEqual([
      { anchor: 'ua-1', text: '一、定义' },
      { anchor: 'ua-3', text: '二、其他' },
    ]);
  });

  it('keeps bold spans inside paragraphs and list items', () => {
    expect(blocks[1]).toEqual({ kind: 'paragraph', spans: [{ text: '前言', bold: false }] });
    expect(blocks[3]).toEqual({
      kind: 'paragraph',
      spans: [
        { text: '1.1 ', bold: false },
        { text: '加粗', bold: true },
        { text: '条款', bold: false },
      ],
    });
    expect(blocks[4]).toEqual({ kind: 'listItem', spans: [{ text: '项目一', bold: false }] });
    expect(blocks[5]).toEqual({ kind: 'listItem', spans: [{ text: '项目二', bold: true }] });
  });
});

describe('parseSpans', () => {
  it('refuses an unclosed bold marker', () => {
    expect(() => parseSpans('**开始')).toThrow('unbalanced');
  });
});
